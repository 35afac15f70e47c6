package org.ogireport.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The streams the command line writes to, in an encoding that can carry Chinese: the console's own where it can
 * (a Chinese Windows console is GBK), UTF-8 where the platform's cannot (a POSIX locale, a pipe on CI).
 */
final class Console {

    private Console() {
    }

    static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, charset()), true);
    }

    static Charset charset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        Charset cs;
        try {
            cs = name != null ? Charset.forName(name) : Charset.defaultCharset();
        } catch (RuntimeException e) {
            cs = Charset.defaultCharset();
        }
        return cs.newEncoder().canEncode("政务公开") ? cs : StandardCharsets.UTF_8;
    }
}
