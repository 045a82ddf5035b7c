package com.llmcompare.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A lint of the scheduled refresh workflow: strict YAML (no duplicate keys, no tabs), a weekly schedule and a
 * manual trigger, the script run, and a pull request whose body is the script's report and whose paths are
 * data/ only.
 */
class RefreshWorkflowLintTests {

    private static final Path WORKFLOW = Path.of(".github/workflows/refresh-data.yml");

    @Test
    @SuppressWarnings("unchecked")
    void theWorkflowIsStrictYamlThatRunsTheScriptAndOpensAPullRequest() throws IOException {
        String text = Files.readString(WORKFLOW);
        assertThat(text).doesNotContain("\t");
        LoaderOptions strict = new LoaderOptions();
        strict.setAllowDuplicateKeys(false);
        Map<Object, Object> workflow = new Yaml(strict).load(text);

        // YAML 1.1 reads the key "on" as true
        Map<String, Object> on = (Map<String, Object>) workflow.getOrDefault("on", workflow.get(Boolean.TRUE));
        assertThat(on).containsKeys("schedule", "workflow_dispatch");
        String cron = (String) ((List<Map<String, Object>>) on.get("schedule")).get(0).get("cron");
        assertThat(cron.split(" ")).hasSize(5);
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("refresh");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
        assertThat(steps).anySatisfy(step -> assertThat(step.get("run")).isEqualTo("bin/refresh-data.sh"));
        Map<String, Object> pullRequest = steps.stream()
            .filter(step -> String.valueOf(step.get("uses")).startsWith("peter-evans/create-pull-request@"))
            .findFirst()
            .orElseThrow();
        Map<String, Object> with = (Map<String, Object>) pullRequest.get("with");
        assertThat(with).containsEntry("body-path", "target/refresh-report.md").containsEntry("add-paths", "data/");
        assertThat(Files.isExecutable(Path.of("bin/refresh-data.sh"))).isTrue();
    }
}
