package org.ogireport.store;

import java.nio.file.Path;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionCause;
import org.ogireport.testing.TestReports;

/**
 * A second process for the store tests: {@code hold DIR} opens the store and waits (a second running copy of the
 * app); {@code save DIR YEAR} saves a full report and says so, then waits to be killed; {@code churn DIR} saves
 * without pause, as a clerk's autosave and imports would, until it is killed; {@code restore DIR FILE} restores a
 * backup and prints what happened.
 */
public final class StoreChild {

    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "restore" -> {
                try {
                    ReportStore.Restored r = ReportStore.restore(dir, Path.of(args[2]));
                    System.out.println("RESTORED " + r.drafts());
                } catch (RuntimeException e) {
                    System.out.println("REFUSED " + e.getMessage().replace('\n', ' '));
                }
                System.out.flush();
                return;
            }
            case "churn" -> churn(dir);
            default -> {
            }
        }
        ReportStore store = ReportStore.open(dir);
        if (args[0].equals("save")) {
            Report r = TestReports.full(Integer.parseInt(args[2]), 42);
            store.save(r, RevisionCause.SAVE, "child", 0, 0);
            System.out.println("SAVED");
        } else {
            System.out.println("READY");
        }
        System.out.flush();
        Thread.sleep(60_000);
    }

    private static void churn(Path dir) {
        try (ReportStore store = ReportStore.open(dir)) {
            System.out.println("READY");
            System.out.flush();
            long revision = 0;
            for (int i = 0; ; i++) {
                Report r = TestReports.full(2020 + i % 5, i);
                r.setText("s1.active", "第 " + i + " 次保存。".repeat(1 + i % 50));
                RevisionCause cause = i % 7 == 0 ? RevisionCause.IMPORT : RevisionCause.AUTOSAVE;
                String note = cause.id();
                revision = i % 3 == 0 ? store.save(r, cause, note, 0, 0)
                        : store.saveOver(r, cause, note, 0, 0, revision);
            }
        }
    }

    /** Starts this class in a new JVM on the test class path. */
    static Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] cmd = new String[args.length + 4];
        cmd[0] = java;
        cmd[1] = "-cp";
        cmd[2] = System.getProperty("java.class.path");
        cmd[3] = StoreChild.class.getName();
        System.arraycopy(args, 0, cmd, 4, args.length);
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
