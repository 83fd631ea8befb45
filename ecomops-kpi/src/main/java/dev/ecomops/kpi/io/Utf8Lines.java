package dev.ecomops.kpi.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads a byte stream as UTF-8 lines, one at a time, so that a line of bytes that are not UTF-8,
 * or one too long, is reported with its own number (a buffered reader decodes ahead and fails on
 * whatever line its buffer held). Lines end at {@code \n}; a {@code \r} before it is dropped.
 */
final class Utf8Lines {
  private Utf8Lines() {}

  /** Receives each line: its number from 1, its text, or why it is bad (text null then). */
  @FunctionalInterface
  interface LineSink {
    void accept(long number, @Nullable String line, @Nullable String bad);
  }

  static void each(InputStream in, int maxBytes, LineSink sink) throws IOException {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    long number = 0;
    boolean tooLong = false;
    int b;
    while (true) {
      b = in.read();
      if (b == '\n' || b == -1) {
        if (b == -1 && buf.size() == 0 && !tooLong) {
          return;
        }
        number++;
        if (tooLong) {
          sink.accept(number, null, "is longer than " + maxBytes + " bytes");
        } else {
          byte[] bytes = buf.toByteArray();
          int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
          try {
            sink.accept(number, utf8.decode(ByteBuffer.wrap(bytes, 0, len)).toString(), null);
          } catch (CharacterCodingException e) {
            sink.accept(number, null, "is not valid UTF-8");
          }
        }
        buf.reset();
        tooLong = false;
        if (b == -1) {
          return;
        }
      } else if (!tooLong) {
        if (buf.size() >= maxBytes) {
          tooLong = true;
          buf.reset();
        } else {
          buf.write(b);
        }
      }
    }
  }
}
