"""Dumps Gymnasium's TaxiEnv table for VecRL's golden tests (TaxiTest).

Run from core/src/test/resources/golden with gymnasium 1.3 installed:
    python3 ../../python/dump_taxi.py dry > taxi-v4.txt && python3 ../../python/dump_taxi.py rainy > taxi-v4-rainy.txt
"""
import sys
import gymnasium
from gymnasium.envs.toy_text.taxi import TaxiEnv

rainy = sys.argv[1] == "rainy"
env = TaxiEnv(is_rainy=rainy)
print(f"# Gymnasium {gymnasium.__version__} TaxiEnv(is_rainy={rainy}).P and initial_state_distrib")
print("# 'init' state prob (nonzero entries); then per state and action: state action [prob next reward terminated]...")
for s, p in enumerate(env.initial_state_distrib):
    if p:
        print("init", s, repr(float(p)))
for s in range(500):
    for a in range(6):
        parts = [str(s), str(a)]
        for prob, nxt, rew, term in env.P[s][a]:
            parts += [repr(float(prob)), str(int(nxt)), str(int(rew)), "1" if term else "0"]
        print(" ".join(parts))
