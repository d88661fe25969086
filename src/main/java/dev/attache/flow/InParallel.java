package dev.attache.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs independent tasks {@code threads} at a time and gives their results in the tasks' order.
 * Every task runs to its end before a failure is rethrown (the first in order, as the task threw
 * it), so that nothing is still writing when the caller reports it. With fewer than two threads the
 * tasks run one after the other on the caller's thread.
 */
record InParallel(int threads) {
    InParallel {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    <T> List<T> results(List<Supplier<T>> tasks) {
        if (threads < 2 || tasks.size() < 2) {
            return tasks.stream().map(Supplier::get).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()));
        try {
            List<CompletableFuture<T>> futures =
                    tasks.stream().map(task -> CompletableFuture.supplyAsync(task, pool)).toList();
            List<T> results = new ArrayList<>();
            RuntimeException failure = null;
            for (CompletableFuture<T> future : futures) {
                try {
                    results.add(future.join());
                } catch (CompletionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException cause ? cause : e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
