package org.vigil.bench.game;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/** Runs work on the JavaFX thread from the benchmark's thread and waits for it. */
final class FxThread {

    private static final long TIMEOUT_SECONDS = 60;

    private FxThread() {}

    static <T> T call(Callable<T> work) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    static void run(Runnable work) throws InterruptedException, ExecutionException, TimeoutException {
        call(() -> {
            work.run();
            return null;
        });
    }
}
