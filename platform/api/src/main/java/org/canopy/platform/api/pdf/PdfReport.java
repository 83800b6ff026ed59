package org.canopy.platform.api.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A report to print or file, described in plain terms and rendered as a PDF by the core
 * ({@code ModuleContext.pdf()}, OpenPDF): a title, the document's language (for screen readers),
 * headings, text, tables and chart images, A4 with page numbers. Build one with {@link #titled}.
 */
public record PdfReport(String title, String language, List<Block> blocks) {

    public PdfReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        blocks = List.copyOf(blocks);
    }

    /** One part of the report, in order. */
    public sealed interface Block permits Heading, Text, Table, Image {
    }

    /** A section's heading. */
    public record Heading(String text) implements Block {
    }

    /** A paragraph; {@code small} for detail under a heading or an item. */
    public record Text(String text, boolean small) implements Block {
    }

    /** A table with a header row repeated on every page; {@code widths} are relative, one per column. */
    public record Table(List<String> header, List<Float> widths, List<List<String>> rows) implements Block {

        public Table {
            header = List.copyOf(header);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            int columns = header.size();
            if (widths.size() != columns || rows.stream().anyMatch(row -> row.size() != columns)) {
                throw new IllegalArgumentException("every row and the widths have one value per column of " + header);
            }
        }
    }

    /** A chart or picture (PNG or JPEG bytes) scaled to the page's width, with what it shows in words. */
    public record Image(byte[] content, String description) implements Block {
    }

    /** A report titled {@code title}, in British English unless {@link Builder#language} says otherwise. */
    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** Every word of the report in order, one block a line: what a reader (or a test) finds in it. */
    public String text() {
        return title + "\n" + blocks.stream().map(PdfReport::text).collect(Collectors.joining("\n"));
    }

    private static String text(Block block) {
        if (block instanceof Heading heading) {
            return heading.text();
        }
        if (block instanceof Text text) {
            return text.text();
        }
        if (block instanceof Table table) {
            return String.join(" ", table.header()) + "\n"
                    + table.rows().stream().map(row -> String.join(" ", row)).collect(Collectors.joining("\n"));
        }
        return ((Image) block).description();
    }

    /** Builds a {@link PdfReport} block by block. */
    public static final class Builder {

        private final String title;
        private String language = "en-GB";
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        /** The document's language as a BCP 47 tag, e.g. {@code cy-GB}. */
        public Builder language(String tag) {
            this.language = tag;
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        public Builder text(String text) {
            blocks.add(new Text(text, false));
            return this;
        }

        public Builder small(String text) {
            blocks.add(new Text(text, true));
            return this;
        }

        public Builder table(List<String> header, List<Float> widths, List<List<String>> rows) {
            blocks.add(new Table(header, widths, rows));
            return this;
        }

        public Builder image(byte[] content, String description) {
            blocks.add(new Image(content, description));
            return this;
        }

        public PdfReport build() {
            return new PdfReport(title, language, blocks);
        }
    }
}
