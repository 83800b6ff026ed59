package org.canopy.plugins.cpdaudit.survey;

import org.canopy.platform.api.StaffSurveys.AreaResult;
import org.canopy.platform.api.StaffSurveys.GroupRate;
import org.canopy.platform.api.StaffSurveys.Progress;
import org.canopy.platform.api.StaffSurveys.Results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An audit's staff survey as the core discloses it. While open: the response rate in steps of ten
 * percentage points, nothing else. Once closed: the exact response rate, the mean agreement (1 to 5)
 * per area for the school ({@code meanAgreementByArea}, areas withheld below five are absent), and
 * per staff group ({@code meanAgreementByGroup}: group, then area), where small groups of an area are
 * pooled under {@value #OTHER_GROUPS}; {@code withheldGroups} are shown in no area on their own.
 */
public record StaffSurveyReport(boolean opened, boolean open, int invited, int percentAtLeast, OptionalInt respondents,
                                Map<String, Double> meanAgreementByArea, Map<String, Map<String, Double>> meanAgreementByGroup,
                                List<String> withheldGroups, Map<String, Integer> respondentsByGroup) {

    public static final String OTHER_GROUPS = "other-groups";
    public static final StaffSurveyReport NOT_OPENED =
            new StaffSurveyReport(false, false, 0, 0, OptionalInt.empty(), Map.of(), Map.of(), List.of(), Map.of());

    public static StaffSurveyReport of(Progress progress, Optional<Results> disclosed) {
        if (disclosed.isEmpty()) {
            return new StaffSurveyReport(true, progress.open(), progress.invited(), progress.percentAtLeast(), progress.respondents(),
                    Map.of(), Map.of(), List.of(), Map.of());
        }
        Results results = disclosed.get();
        Map<String, Double> byArea = new LinkedHashMap<>();
        Map<String, Map<String, Double>> byGroup = new LinkedHashMap<>();
        for (AreaResult area : results.areas()) {
            area.school().mean().ifPresent(mean -> byArea.put(area.area(), mean.doubleValue()));
            area.byGroup().forEach((group, cell) -> cell.mean().ifPresent(mean ->
                    byGroup.computeIfAbsent(group, shown -> new LinkedHashMap<>()).put(area.area(), mean.doubleValue())));
            area.otherGroups().flatMap(cell -> cell.mean()).ifPresent(mean ->
                    byGroup.computeIfAbsent(OTHER_GROUPS, pool -> new LinkedHashMap<>()).put(area.area(), mean.doubleValue()));
        }
        Map<String, Integer> respondentsByGroup = new LinkedHashMap<>();
        results.rateByGroup().forEach(rate -> rate.respondents().ifPresent(count -> respondentsByGroup.put(rate.staffGroup(), count)));
        List<String> withheld = results.rateByGroup().stream().map(GroupRate::staffGroup).filter(group -> !byGroup.containsKey(group)).toList();
        return new StaffSurveyReport(true, false, progress.invited(), progress.percentAtLeast(), OptionalInt.of(results.respondents()),
                byArea, byGroup, withheld, respondentsByGroup);
    }

    /** "7 of 12 answered (58%)" once closed; "At least 30% of 12 answered" while open. */
    public String responseRateText() {
        if (!opened) {
            return "Not opened yet";
        }
        return respondents.isPresent()
                ? respondents.getAsInt() + " of " + invited + " answered (" + percentAtLeast + "%)"
                : "At least " + percentAtLeast + "% of " + invited + " answered";
    }
}
