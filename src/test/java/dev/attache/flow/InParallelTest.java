package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InParallelTest {

    @Test
    void twoThreadsRunTwoTasksAtOnceAndGiveTheResultsInTheTasksOrder() {
        CountDownLatch secondStarted = new CountDownLatch(1);
        Supplier<String> first =
                () -> {
                    try {
                        // finishes only once the second task has started: sequential running would
                        // wait out the timeout
                        return secondStarted.await(10, TimeUnit.SECONDS) ? "first" : "first, alone";
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                };
        Supplier<String> second =
                () -> {
                    secondStarted.countDown();
                    return "second";
                };

        assertThat(new InParallel(2).results(List.of(first, second)))
                .containsExactly("first", "second");
    }

    @Test
    void oneThreadRunsTheTasksInOrderOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        List<Supplier<Boolean>> tasks =
                List.of(
                        () -> Thread.currentThread() == caller,
                        () -> Thread.currentThread() == caller);

        assertThat(new InParallel(1).results(tasks)).containsExactly(true, true);
    }

    @Test
    void theFirstFailureIsRethrownAsItWasThrownOnceEveryTaskHasEnded() {
        AtomicInteger ended = new AtomicInteger();
        IllegalArgumentException first = new IllegalArgumentException("the first failure");
        List<Supplier<Integer>> tasks =
                List.of(
                        () -> ended.incrementAndGet(),
                        () -> {
                            ended.incrementAndGet();
                            throw first;
                        },
                        () -> {
                            ended.incrementAndGet();
                            throw new IllegalStateException("a later failure");
                        },
                        () -> ended.incrementAndGet());

        assertThatThrownBy(() -> new InParallel(2).results(tasks)).isSameAs(first);
        assertThat(ended).hasValue(4);
    }

    @Test
    void noThreadsIsAMistake() {
        assertThatThrownBy(() -> new InParallel(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
