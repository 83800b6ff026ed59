package org.canopy.platform.core.surveys.disclosure;

import org.canopy.platform.api.StaffSurveys.AreaResult;
import org.canopy.platform.api.StaffSurveys.Cell;
import org.canopy.platform.api.StaffSurveys.GroupRate;
import org.canopy.platform.api.StaffSurveys.Item;
import org.canopy.platform.api.StaffSurveys.ItemResult;
import org.canopy.platform.api.StaffSurveys.Results;
import org.canopy.platform.api.StaffSurveys.Survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The results of a closed survey that may be shown (MODULES.md §0.2, R-D4), from its responses:
 * <ul>
 *   <li>an area's or item's cell counts the people who answered it (at least one of the area's
 *       items), not the responses; it is shown only when they are at least k;</li>
 *   <li>an area's mean is the mean of every answer to its items from those people, reverse-coded
 *       items turned round. (Not the mean of per-person means: with the items' own means shown, a
 *       per-person mean would let anyone solve for the one person who skipped an item.)</li>
 *   <li>by staff group, one partition per area, as {@link ComplementarySuppression} allows; items
 *       and rates by group likewise; no partition below staff group (no cross-tabs);</li>
 *   <li>means rounded to 2 decimal places, favourable percentages to 1, both half up.</li>
 * </ul>
 * Any counts are accepted (more respondents than invited, a group that was not invited): nothing
 * here throws on data, so a report never fails.
 */
public final class SurveyDisclosure {

    private final Survey survey;
    private final Threshold threshold;

    public SurveyDisclosure(Survey survey) {
        this.survey = survey;
        this.threshold = new Threshold(survey.minimumRespondents());
    }

    public Results disclose(Map<String, Integer> invitedByGroup, List<StoredResponse> responses) {
        List<String> groups = groupOrder(invitedByGroup, responses);
        Map<String, List<StoredResponse>> byGroup = new LinkedHashMap<>();
        groups.forEach(group -> byGroup.put(group, new ArrayList<>()));
        responses.forEach(response -> byGroup.get(response.staffGroup()).add(response));
        List<AreaResult> areas = survey.areas().stream().map(area -> areaResult(area, responses, byGroup)).toList();
        List<ItemResult> items = IntStream.range(0, survey.items().size())
                .mapToObj(index -> new ItemResult(survey.items().get(index).key(), cell(List.of(index), responses)))
                .toList();
        return new Results(threshold.k(), invitedByGroup.values().stream().mapToInt(Integer::intValue).sum(), responses.size(),
                rates(invitedByGroup, byGroup), areas, items);
    }

    private List<String> groupOrder(Map<String, Integer> invitedByGroup, List<StoredResponse> responses) {
        List<String> groups = new ArrayList<>(survey.staffGroups());
        invitedByGroup.keySet().stream().filter(group -> !groups.contains(group)).forEach(groups::add);
        responses.stream().map(StoredResponse::staffGroup).filter(group -> !groups.contains(group)).distinct().forEach(groups::add);
        return groups;
    }

    private List<GroupRate> rates(Map<String, Integer> invitedByGroup, Map<String, List<StoredResponse>> byGroup) {
        Map<String, Integer> respondents = new LinkedHashMap<>();
        byGroup.forEach((group, responses) -> respondents.put(group, responses.size()));
        ComplementarySuppression suppression = ComplementarySuppression.of(respondents, threshold);
        return byGroup.keySet().stream().map(group -> new GroupRate(group, invitedByGroup.getOrDefault(group, 0),
                suppression.shown().contains(group) ? OptionalInt.of(respondents.get(group)) : OptionalInt.empty())).toList();
    }

    private AreaResult areaResult(String area, List<StoredResponse> all, Map<String, List<StoredResponse>> byGroup) {
        List<Integer> items = IntStream.range(0, survey.items().size())
                .filter(index -> survey.items().get(index).area().equals(area)).boxed().toList();
        Map<String, Integer> answeredByGroup = new LinkedHashMap<>();
        byGroup.forEach((group, responses) -> answeredByGroup.put(group, answering(items, responses).size()));
        ComplementarySuppression suppression = ComplementarySuppression.of(answeredByGroup, threshold);
        Map<String, Cell> shown = new LinkedHashMap<>();
        suppression.shown().forEach(group -> shown.put(group, cell(items, byGroup.get(group))));
        Optional<Cell> pool = suppression.pooled().isEmpty() ? Optional.empty()
                : Optional.of(cell(items, suppression.pooled().stream().flatMap(group -> byGroup.get(group).stream()).toList()));
        return new AreaResult(area, cell(items, all), shown, pool, suppression.pooled());
    }

    /** The cell of {@code items} for {@code responses}: withheld unless at least k of them answered one of the items. */
    private Cell cell(List<Integer> items, List<StoredResponse> responses) {
        List<StoredResponse> answering = answering(items, responses);
        if (!threshold.allows(answering.size())) {
            return Cell.withheld();
        }
        List<Integer> scores = answering.stream()
                .flatMap(response -> items.stream().filter(item -> valid(response.answer(item))).map(item -> score(item, response)))
                .toList();
        int favourable = (int) scores.stream().filter(score -> score >= survey.scale().size() - 1).count();
        BigDecimal total = BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum());
        BigDecimal count = BigDecimal.valueOf(scores.size());
        return new Cell(OptionalInt.of(answering.size()), Optional.of(total.divide(count, 2, RoundingMode.HALF_UP)),
                Optional.of(BigDecimal.valueOf(favourable * 100L).divide(count, 1, RoundingMode.HALF_UP)));
    }

    private List<StoredResponse> answering(List<Integer> items, List<StoredResponse> responses) {
        return responses.stream().filter(response -> items.stream().anyMatch(item -> valid(response.answer(item)))).toList();
    }

    private boolean valid(Integer answer) {
        return answer != null && answer >= 1 && answer <= survey.scale().size();
    }

    private int score(int index, StoredResponse response) {
        Item item = survey.items().get(index);
        int answer = response.answer(index);
        return item.reverseCoded() ? survey.scale().size() + 1 - answer : answer;
    }
}
