package dev.ecomops.kpi.io;

import java.util.List;

/**
 * A file of facts or targets that could not be read: every bad line with its number, the field
 * and the reason (up to the first {@value FactJson#MAX_ERRORS}). Nothing of the file was used.
 */
public final class FactFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * One bad line.
   *
   * @param line the line number, from 1
   * @param field the JSON field, or {@code line} when the line is not a JSON object
   * @param reason what is wrong
   */
  public record Problem(long line, String field, String reason) {
    @Override
    public String toString() {
      return "line " + line + ", field " + field + ": " + reason;
    }
  }

  private final String file;
  private final transient List<Problem> problems;

  /** An exception for these problems in a file. */
  public FactFileException(String file, List<Problem> problems) {
    super(file + ": " + problems.size() + " bad line(s); " + String.join("; ", problems.stream()
        .map(Problem::toString).toList()));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /** The file. */
  public String file() {
    return file;
  }

  /** The bad lines. */
  public List<Problem> problems() {
    return problems;
  }
}
