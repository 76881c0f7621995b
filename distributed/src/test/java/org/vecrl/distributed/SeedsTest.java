package org.vecrl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void parsesRangesAndListsInOrder() {
        assertThat(Seeds.parse("1-5")).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(Seeds.parse("1,3,7")).containsExactly(1L, 3L, 7L);
        assertThat(Seeds.parse(" 10 , 1-3")).containsExactly(10L, 1L, 2L, 3L);
        assertThat(Seeds.parse("4")).containsExactly(4L);
    }

    @Test
    void rejectsBadSeedsNamingThem() {
        assertThatThrownBy(() -> Seeds.parse("5-1")).hasMessageContaining("'5-1'");
        assertThatThrownBy(() -> Seeds.parse("1,x")).hasMessageContaining("'x'");
        assertThatThrownBy(() -> Seeds.parse("1-3,2")).hasMessageContaining("seed 2 is given twice");
        assertThatThrownBy(() -> Seeds.parse("1,,2")).hasMessageContaining("''");
        assertThatThrownBy(() -> Seeds.parse(" ")).hasMessageContaining("expected seeds");
    }
}
