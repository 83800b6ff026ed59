package org.canopy.platform.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts child processes that die with this JVM, even when it is killed with SIGKILL.
 *
 * <p>Linux delivers a parent-death signal when the <em>thread</em> that spawned a child ends, so
 * every child is spawned from one long-lived thread and wrapped in {@code setpriv --pdeathsig TERM}
 * (util-linux). Where setpriv is missing the children are still stopped by shutdown hooks.
 */
public final class ChildProcesses {

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final ExecutorService SPAWNER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "canopy-child-spawner");
        thread.setDaemon(true);
        return thread;
    });

    private ChildProcesses() {
    }

    public static Process start(ProcessBuilder builder) throws IOException {
        if (Files.isExecutable(SETPRIV)) {
            List<String> command = new ArrayList<>(List.of(SETPRIV.toString(), "--pdeathsig", "TERM", "--"));
            command.addAll(builder.command());
            builder.command(command);
        }
        try {
            return SPAWNER.submit(builder::start).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting " + builder.command(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** Stops a process and everything it started, politely first. */
    public static void stop(Process process, java.time.Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
