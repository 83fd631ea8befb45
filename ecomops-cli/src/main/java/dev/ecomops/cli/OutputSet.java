package dev.ecomops.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files one run writes into an output directory, all or none: each is written under a
 * temporary directory beside the output one, and only when every file is written are they moved
 * into place (one rename each, on the same file system). A failure half way leaves the output
 * directory as it was. Files of an earlier run that this run does not write ({@code ownNames}
 * not written again) are removed, so nothing stale sits beside new files looking current. New
 * files get the permissions the umask gives.
 */
final class OutputSet implements AutoCloseable {
  private final Path dir;
  private final Set<String> ownNames;
  private final Path staging;
  private final Map<String, Path> files = new LinkedHashMap<>();

  /**
   * @param dir the output directory (created if missing, when the run commits)
   * @param ownNames names of files this command writes at the top of {@code dir}, in any of its runs
   */
  OutputSet(Path dir, Set<String> ownNames) throws IOException {
    if (Stdio.isDash(dir)) {
      throw new UsageException("--out: '-' (standard output) cannot hold several files; give a folder");
    }
    this.dir = dir.toAbsolutePath();
    this.ownNames = ownNames;
    if (Files.exists(this.dir) && !Files.isDirectory(this.dir)) {
      throw new java.nio.file.FileSystemException(this.dir.toString(), null, "is not a directory");
    }
    Path parent = this.dir.getParent();
    Files.createDirectories(parent);
    this.staging = Files.createDirectory(parent.resolve("." + this.dir.getFileName() + ".ecomops-"
        + Long.toHexString(System.nanoTime())));
  }

  /**
   * Where to write a file of the run.
   *
   * @param relative its path under the output directory ({@code kpis.csv}, {@code a/report.html})
   * @return a path to write it to now
   */
  Path file(String relative) throws IOException {
    Path p = staging.resolve(relative);
    Files.createDirectories(p.getParent());
    files.put(relative, p);
    return p;
  }

  /** Moves every written file into place and removes stale files of earlier runs. */
  void commit() throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, Path> e : files.entrySet()) {
      Path target = dir.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    for (String name : ownNames) {
      if (!files.containsKey(name)) {
        Files.deleteIfExists(dir.resolve(name));
      }
    }
  }

  /** Removes what was written but not committed. */
  @Override
  public void close() throws IOException {
    if (!Files.exists(staging)) {
      return;
    }
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(staging)) {
      walk.sorted(Comparator.reverseOrder()).forEach(all::add);
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
