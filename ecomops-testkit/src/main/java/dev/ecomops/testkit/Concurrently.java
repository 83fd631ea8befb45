package dev.ecomops.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

/**
 * Runs a task on real threads released together by a barrier, for concurrency tests: the
 * contract kits use it, and so can adopters' own tests.
 */
public final class Concurrently {
  private Concurrently() {}

  /** A task run by one thread. */
  @FunctionalInterface
  public interface Task<T> {
    /**
     * Runs on thread number {@code thread}.
     *
     * @param thread from 0 to threads - 1
     * @return the thread's result
     * @throws Exception to fail the run
     */
    T run(int thread) throws Exception;
  }

  /**
   * Starts {@code threads} threads together, waits for all, and returns their results.
   *
   * @return one result per thread, in completion order
   * @throws AssertionError if any thread threw, with the first failure as cause
   * @throws InterruptedException if interrupted while waiting
   */
  public static <T> List<T> run(int threads, Task<T> task) throws InterruptedException {
    CyclicBarrier start = new CyclicBarrier(threads);
    List<T> results = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();
    List<Thread> all = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      Thread th = new Thread(() -> {
        try {
          start.await();
          T r = task.run(id);
          synchronized (results) {
            results.add(r);
          }
        } catch (Throwable e) {
          synchronized (results) {
            errors.add(e);
          }
        }
      }, "concurrently-" + t);
      all.add(th);
      th.start();
    }
    for (Thread th : all) {
      th.join();
    }
    synchronized (results) {
      if (!errors.isEmpty()) {
        throw new AssertionError("a thread failed", errors.get(0));
      }
      return new ArrayList<>(results);
    }
  }
}
