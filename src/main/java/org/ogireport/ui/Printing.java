package org.ogireport.ui;

import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Window;

/**
 * Prints pages through the system's print dialog (打印). The dialog cannot be driven headless: tests put in one that
 * records the pages.
 */
@FunctionalInterface
public interface Printing {

    /** What became of a print. */
    enum Outcome {
        PRINTED,
        /** The clerk closed the print dialog. */
        CANCELLED,
        /** The system has no printer. */
        NO_PRINTER,
        FAILED
    }

    /**
     * Prints pages laid out on A4 in points, each from the paper's top-left corner.
     *
     * @param pages   the pages, nodes of their own (not shown anywhere)
     * @param jobName what the print queue calls the job
     */
    Outcome print(Window owner, List<? extends Node> pages, String jobName);

    /**
     * JavaFX's printing: the system's dialog (printer, copies, pages), then every page on A4 portrait, moved so that
     * the printer's unprintable margin does not shift it, and scaled down to fit when the paper is smaller than A4.
     */
    static Printing system() {
        return (owner, pages, jobName) -> {
            PrinterJob job = PrinterJob.createPrinterJob();
            if (job == null) {
                return Outcome.NO_PRINTER;
            }
            job.getJobSettings().setJobName(jobName);
            if (!job.showPrintDialog(owner)) {
                job.cancelJob();
                return Outcome.CANCELLED;
            }
            PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                    Printer.MarginType.HARDWARE_MINIMUM);
            Paper paper = layout.getPaper();
            for (Node page : pages) {
                double scale = Math.min(1, Math.min(paper.getWidth() / page.getLayoutBounds().getWidth(),
                        paper.getHeight() / page.getLayoutBounds().getHeight()));
                // A page node is printed from the printable area's corner: it is moved back to the paper's.
                page.getTransforms().setAll(new Translate(-layout.getLeftMargin(), -layout.getTopMargin()),
                        new Scale(scale, scale));
                if (!job.printPage(layout, page)) {
                    job.cancelJob();
                    return Outcome.FAILED;
                }
            }
            return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
        };
    }
}
