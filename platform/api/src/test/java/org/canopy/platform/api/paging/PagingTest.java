package org.canopy.platform.api.paging;

import org.canopy.platform.api.problem.FieldError;
import org.canopy.platform.api.problem.ModuleProblem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

    @Test
    void absentParametersAreTheFirstPage() {
        assertThat(PageRequest.of((String) null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_LIMIT));
        assertThat(PageRequest.of(Optional.of(" 40 "), Optional.of("20"))).isEqualTo(new PageRequest(40, 20));
    }

    @Test
    void badValuesAreA400NamingEachParameter() {
        assertThatThrownBy(() -> PageRequest.of("-1", "0")).isInstanceOfSatisfying(ModuleProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.errors()).extracting(FieldError::field).containsExactly("offset", "limit");
        });
        assertThatThrownBy(() -> PageRequest.of("ten", null)).isInstanceOf(ModuleProblem.class);
        assertThatThrownBy(() -> PageRequest.of(null, "501")).isInstanceOf(ModuleProblem.class);
    }

    @Test
    void aPageOfAListInMemoryKnowsItsNeighbours() {
        List<Integer> all = IntStream.rangeClosed(1, 57).boxed().toList();
        Page<Integer> middle = Page.of(all, new PageRequest(20, 20));
        assertThat(middle.items()).first().isEqualTo(21);
        assertThat(middle.firstShown()).isEqualTo(21);
        assertThat(middle.lastShown()).isEqualTo(40);
        assertThat(middle.hasPrevious()).isTrue();
        assertThat(middle.hasNext()).isTrue();
        Page<Integer> last = Page.of(all, middle.request().next());
        assertThat(last.items()).hasSize(17);
        assertThat(last.hasNext()).isFalse();
        assertThat(Page.of(all, new PageRequest(100, 20)).items()).isEmpty();
    }
}
