package org.canopy.plugins.cpdaudit.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** What makes a framework usable; each problem is a sentence a trust's CPD director can act on. */
public final class FrameworkValidation {

    private FrameworkValidation() {
    }

    public static List<String> problemsWith(Framework framework) {
        List<String> problems = new ArrayList<>();
        problems.addAll(scaleProblems(framework.scale()));
        if (framework.areas().isEmpty()) {
            problems.add("the framework has no areas");
        }
        problems.addAll(duplicates("area", framework.areas().stream().map(Area::key)));
        problems.addAll(duplicates("criterion", criteria(framework).map(Criterion::key)));
        problems.addAll(duplicates("survey item", framework.areas().stream()
                .flatMap(area -> area.surveyItems().stream()).map(SurveyItem::key)));
        framework.areas().forEach(area -> problems.addAll(areaProblems(area, framework.scale())));
        problems.addAll(overallRuleProblems(framework));
        return problems;
    }

    private static List<String> scaleProblems(LevelScale scale) {
        List<String> problems = new ArrayList<>();
        if (scale.levels().size() < 2) {
            problems.add("the level scale needs at least two levels");
        }
        problems.addAll(duplicates("level", scale.levels().stream().map(Level::key)));
        return problems;
    }

    private static List<String> areaProblems(Area area, LevelScale scale) {
        List<String> problems = new ArrayList<>();
        if (area.criteria().isEmpty()) {
            problems.add("area '" + area.key() + "' has no criteria");
        }
        if (area.surveyItems().isEmpty()) {
            problems.add("area '" + area.key() + "' has no survey items, so staff cannot give their view of it");
        }
        area.criteria().forEach(criterion -> problems.addAll(criterionProblems(criterion, scale)));
        return problems;
    }

    private static List<String> criterionProblems(Criterion criterion, LevelScale scale) {
        List<String> problems = new ArrayList<>();
        if (criterion.weight() < 1 || criterion.weight() > 3) {
            problems.add("criterion '" + criterion.key() + "' has weight " + criterion.weight() + "; a weight is 1, 2 or 3");
        }
        scale.levels().stream().map(Level::key)
                .filter(level -> !criterion.descriptors().containsKey(level))
                .forEach(level -> problems.add("criterion '" + criterion.key() + "' has no descriptor for level '" + level + "'"));
        Set<String> levelKeys = new HashSet<>(scale.levels().stream().map(Level::key).toList());
        criterion.descriptors().keySet().stream().filter(level -> !levelKeys.contains(level)).sorted()
                .forEach(level -> problems.add("criterion '" + criterion.key() + "' describes level '" + level
                        + "', which is not on the scale"));
        return problems;
    }

    private static List<String> overallRuleProblems(Framework framework) {
        int areaCount = framework.areas().size();
        if (framework.overallRule() instanceof LevelReachedByAreas rule && (rule.areas() < 1 || rule.areas() > areaCount)) {
            return List.of("the overall rule counts " + rule.areas() + " areas; it must be between 1 and " + areaCount);
        }
        return List.of();
    }

    private static Stream<Criterion> criteria(Framework framework) {
        return framework.areas().stream().flatMap(area -> area.criteria().stream());
    }

    private static List<String> duplicates(String what, Stream<String> keys) {
        Set<String> seen = new HashSet<>();
        return keys.filter(key -> !seen.add(key)).distinct()
                .map(key -> what + " key '" + key + "' is used more than once").toList();
    }
}
