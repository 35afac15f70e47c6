package org.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.testing.Samples;

/** The command line's import and new-year, end to end on a data folder. */
class ImportAndNewYearCommandsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Cli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aDryRunSummarisesAndStoresNothing() {
        Path seed = Samples.require("fengquan-science-bureau-2024.txt");
        Run r = run("import", seed.toString(), "--dry-run");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("试读（未保存）：凤泉区科学技术局 2024年").contains("读到 200/200 个表格单元格")
                .contains("个警告").contains("已按分项之和算出");
        assertThat(Files.exists(dir.resolve("data"))).as("the store is not even opened").isFalse();
    }

    @Test
    void importStoresAndSaysWhenItReplacedADraftThatStaysARevision() {
        Path pdf = Samples.require("hongze-district-2023.pdf");
        Run first = run("import", pdf.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("已导入：洪泽区人民政府 2023年").doesNotContain("已被替换");

        Run same = run("import", pdf.toString(), "--org", "洪泽区人民政府", "--year", "2023");
        assertThat(same.out()).contains("内容相同，没有改动").doesNotContain("已被替换");

        Run other = run("import", Samples.require("hongze-district-2024.pdf").toString(), "--org", "洪泽区人民政府",
                "--year", "2023");
        assertThat(other.code()).as(other.err()).isZero();
        assertThat(other.out()).contains("原有草稿已被替换").contains("保留为修订");

        Run list = run("list");
        assertThat(list.out()).contains("洪泽区人民政府").contains("2023年");
    }

    @Test
    void newYearBeginsFromTheYearBeforeAndRefusesToOverwrite() {
        run("import", Samples.require("hongze-district-2024.pdf").toString(), "--org", "洪泽区人民政府");

        Run started = run("new-year", "--org", "洪泽区人民政府", "--year", "2025");
        assertThat(started.code()).isZero();
        assertThat(started.out()).contains("已开始“洪泽区人民政府”2025年的年报草稿").contains("以 2024 年的年报为基础")
                .contains("沿用上年的数 8 格").contains("照抄上年的文字 10 段");

        Run refused = run("new-year", "--org", "洪泽区人民政府", "--year", "2025");
        assertThat(refused.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(refused.err()).contains("已经存在").contains("--force");

        Run missing = run("new-year", "--org", "洪泽区人民政府", "--year", "2030");
        assertThat(missing.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(missing.err()).contains("没有找到“洪泽区人民政府”2029年的年报");
    }
}
