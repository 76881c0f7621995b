"""Trains a small GPT-2-style byte-level BPE with Hugging Face tokenizers for VecRL's golden tests (ByteLevelBpeGoldenTest).

Run from core/src/test/resources/golden/bpe with tokenizers 0.23 installed:
    python3 ../../../python/dump_bpe.py
Writes vocab.json and merges.txt (GPT-2 format) and cases.json: test strings with the ids tokenizers gives them.
"""
import json
import tokenizers
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

PARAGRAPHS = [
    "The quick brown fox jumps over the lazy dog. The dog didn't move; it's lazy, isn't it?",
    "She'll say they're here, we've seen them, I'm sure, you'd agree. Don't stop! Won't you?",
    "In 1999 there were 12345 apples, 678 pears and 3.14159 pies; by 2024 it was 42 of each.",
    "Numbers: 0 1 2 3 4 5 6 7 8 9 10 100 1000 10000, prices $9.99, €5, 50% off, #1 and @home.",
    "Punctuation!!! Questions??? Ellipses... (parentheses) [brackets] {braces} <angles> \"quotes\".",
    "A café in Paris serves crème brûlée to a naïve visitor from Zürich; São Paulo, Ελλάδα, Москва.",
    "日本語のテキストも少し含めます。东京和北京。한국어 문장도 있습니다.",
    "Emoji are bytes too: 😀 🚀 👍🏽 ❤️ 🇫🇷 and they round-trip.",
    "    indented code:\n        def f(x):\n            return x * 2\n\n\tTabs\tand  double  spaces   here.",
    "Lines\nand more lines\r\nwith Windows endings\n\n\nand blank lines between them.\n",
    "the the the the of of and and to to in in is is that that for for it it with with as as",
    "Learning rate 3e-4, gamma 0.99, lambda 0.95, clip 0.2; PPO, DQN, A2C and REINFORCE agents.",
]
CORPUS = [p for _ in range(6) for p in PARAGRAPHS]

CASES = [
    "Hello world",
    "The quick brown fox jumps over the lazy dog.",
    "it's they're we've I'm you'll he'd don't",
    "   leading spaces and trailing   ",
    "multiple\n\nnewlines\r\nand\ttabs",
    "numbers 1234567890 and 3.14, -42",
    "café naïve Zürich crème brûlée",
    "日本語 東京 한국어",
    "emoji 😀🚀👍🏽 ❤️ 🇫🇷",
    "UPPER lower MiXeD",
    "!!!???...",
    "a",
    "",
    " ",
    "\n",
    "unseenword zyxwvq",
    "non\u00a0breaking\u3000ideographic space",
    "two\u00a0\u00a0no-break\u3000\u3000spaces\u2003\u2003em!",
    "'s'S 'LL 'll",
    "mixed123abc456 x2",
    "    def f(x):\n        return x * 2\n",
    "PPO, DQN, A2C and REINFORCE agents with gamma 0.99",
]


def main():
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(CORPUS, trainer)
    tok.model.save(".")
    cases = []
    for text in CASES:
        ids = tok.encode(text).ids
        assert tok.decode(ids) == text, text
        cases.append({"text": text, "ids": ids})
    with open("cases.json", "w", encoding="utf-8") as f:
        f.write('{"tokenizers_version": "' + tokenizers.__version__ + '", "cases": [\n')
        f.write(",\n".join(json.dumps(c, ensure_ascii=True) for c in cases))
        f.write("\n]}\n")


if __name__ == "__main__":
    main()
