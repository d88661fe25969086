package dev.attache.flow;

/**
 * Where a flow reports how far long work has got: a file of several, or the units of a large
 * document. The command line shows it as a progress bar on a terminal; everywhere else it is {@link
 * #silent()}. Reporting must cost nothing measurable per step: a step is a counter increment.
 */
public interface WorkListener {
    /**
     * Work of {@code total} steps named {@code task} (e.g. {@code "prepare x.en.txt"}) starts;
     * close it when done.
     */
    Task start(String task, long total);

    /** One piece of work under way. */
    interface Task extends AutoCloseable {
        /** {@code steps} more steps are done. */
        void advance(long steps);

        /** The work is over (done or abandoned). */
        @Override
        void close();
    }

    /** Reports nothing. */
    static WorkListener silent() {
        return (task, total) ->
                new Task() {
                    @Override
                    public void advance(long steps) {}

                    @Override
                    public void close() {}
                };
    }
}
