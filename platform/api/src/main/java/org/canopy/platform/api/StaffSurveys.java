package org.canopy.platform.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Anonymous staff surveys, run by the core for a module ({@link ModuleContext#surveys()}). The
 * module describes a survey; the core invites the school's staff, stores their answers where no
 * module's SQL can reach them, and answers the module with disclosed results only:
 * <ul>
 *   <li>while the survey is open: the response rate, in steps of 10 percentage points (rounded
 *       down) of the responses already filed, which are filed in batches of at least five, so no
 *       single response can be seen arriving;</li>
 *   <li>once closed: results per area and per item, each withheld below {@link #MINIMUM_RESPONDENTS}
 *       people who answered it, and by staff group only as complementary suppression allows
 *       (small groups pooled into "Other groups (combined)", or only the school shown);</li>
 *   <li>never a raw response, who answered, or when (responses keep the day only).</li>
 * </ul>
 * A personal link answers exactly alike whether or not it was used: the module (and its user, who
 * holds every link) cannot tell who answered. A school code lets staff answer without a link, at
 * most as many times per group as the group has invited staff who did not answer by link.
 * The module decides who may call what (e.g. only the school's CPD lead reads the links); the
 * respondent methods ({@link #byLink}, {@link #answerByLink}, {@link #byCode}, {@link #answerByCode})
 * are for the module's public pages.
 */
public interface StaffSurveys {

    /** The smallest number of people behind any result shown; a survey may raise it, never lower it. */
    int MINIMUM_RESPONDENTS = 5;

    /** Opens a survey now and invites the school's staff in post in {@code definition.staffGroups()}. */
    OpenedSurvey open(Definition definition);

    /**
     * A survey already run and closed (on paper, or by an earlier system, or demo data): invites
     * as {@link #open} does, files {@code responses} as they are and closes it. Each response is
     * checked as an answer is; its group must be one of the definition's.
     */
    UUID importClosed(Definition definition, List<CollectedResponse> responses);

    /** Closes it: no more answers; every waiting response is filed; results become available. Idempotent. */
    void close(UUID survey);

    /** A survey of this module; empty for an unknown id or another module's survey. */
    Optional<Survey> survey(UUID survey);

    /** The personal links to send, one per invited person, in name order. Says nothing of who answered. */
    List<PersonalLink> links(UUID survey);

    /** The response rate: coarse while open, exact once closed. An unknown id: 0 invited, not open. */
    Progress progress(UUID survey);

    /** The response rates of several of this module's surveys in one go (e.g. for every school); unknown ids are left out. */
    Map<UUID, Progress> progress(Collection<UUID> surveys);

    /** Disclosed results, once the survey has closed; empty while it is open or for an unknown id. */
    Optional<Results> results(UUID survey);

    /** The survey behind a personal link, the same whether the link was used or not; empty for an unknown link. */
    Optional<Survey> byLink(String token);

    /**
     * Answers through a personal link. A used link takes nothing more but answers exactly as a first
     * answer does (so nobody can probe which links were used). Refused: a closed survey, an answer
     * out of the scale or to an unknown item, no answer at all.
     */
    void answerByLink(String token, Map<String, Integer> answers);

    /** The open survey behind a school code (rate-limited per address and per survey); empty for a wrong code. */
    Optional<Survey> byCode(String code);

    /**
     * Answers through the school code, naming the respondent's staff group. Refused (nothing
     * written): a wrong or closed code, a group not invited, a group whose staff have all answered,
     * a browser that answered this survey by link, too many attempts, or answers as for
     * {@link #answerByLink}.
     */
    void answerByCode(String code, String staffGroup, Map<String, Integer> answers);

    /** One statement, answered on the survey's scale, in an area; a reverse-coded item scores {@code scale + 1 − answer}. */
    record Item(String key, String area, String statement, boolean reverseCoded) {

        public Item {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(statement, "statement");
        }
    }

    /**
     * What a module asks for: the items in display order (areas in order of first item), the scale's
     * labels from 1 up (five for an agree scale, 4 and 5 being favourable), the school, the staff
     * groups invited (as {@link SharedModel.StaffMember#staffGroup()} spells them), an optional last
     * day (the survey closes after it), and the threshold (at least {@link #MINIMUM_RESPONDENTS}).
     */
    record Definition(UUID school, List<Item> items, List<String> scale, List<String> staffGroups,
                      Optional<LocalDate> lastDay, int minimumRespondents) {

        public static final List<String> AGREE_SCALE =
                List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree");

        public Definition {
            Objects.requireNonNull(school, "school");
            items = List.copyOf(items);
            scale = List.copyOf(scale);
            staffGroups = List.copyOf(staffGroups);
            Objects.requireNonNull(lastDay, "lastDay");
            if (items.isEmpty() || scale.size() < 2) {
                throw new IllegalArgumentException("a survey needs items and a scale of two or more points");
            }
            if (minimumRespondents < MINIMUM_RESPONDENTS) {
                throw new IllegalArgumentException("the threshold may be raised above " + MINIMUM_RESPONDENTS + ", never lowered");
            }
        }

        /** Agree-scale items for these groups, open until closed, with the platform's threshold. */
        public static Definition agreement(UUID school, List<Item> items, List<String> staffGroups) {
            return new Definition(school, items, AGREE_SCALE, staffGroups, Optional.empty(), MINIMUM_RESPONDENTS);
        }
    }

    /** A response collected outside the platform: the staff group and the answers by item key. */
    record CollectedResponse(String staffGroup, Map<String, Integer> answers) {
    }

    /** A survey just opened: its id, and the school code staff without a personal link enter. */
    record OpenedSurvey(UUID id, String schoolCode) {
    }

    /** A survey as a respondent or its module sees it; {@code schoolCode} only while open. */
    record Survey(UUID id, UUID school, boolean open, Optional<String> schoolCode, List<Item> items, List<String> scale,
                  List<String> staffGroups, int minimumRespondents) {

        /** The areas, in order of their first item. */
        public List<String> areas() {
            return items.stream().map(Item::area).distinct().toList();
        }
    }

    /** One invited person's own link; {@code token} is the secret to put in the address. */
    record PersonalLink(UUID staffId, String name, String email, String staffGroup, String token) {
    }

    /**
     * How many answered. While open: {@code percentAtLeast} only, a multiple of 10 (e.g. 30 means
     * 30 to 39%), and {@code respondents} empty. Once closed: the exact count and percent.
     */
    record Progress(boolean open, int invited, int percentAtLeast, OptionalInt respondents) {
    }

    /**
     * A result for some people: shown with their number and the rounded mean (2 decimal places,
     * reverse-coded items already turned round) and the percent of favourable answers (the top two
     * points of the scale, 1 decimal place), or withheld with nothing at all.
     */
    record Cell(OptionalInt respondents, Optional<BigDecimal> mean, Optional<BigDecimal> favourablePercent) {

        public static Cell withheld() {
            return new Cell(OptionalInt.empty(), Optional.empty(), Optional.empty());
        }

        public boolean shown() {
            return mean.isPresent();
        }
    }

    /**
     * An area's results: the school's, and by staff group as far as complementary suppression
     * allows: {@code byGroup} holds the groups shown (in the survey's order), {@code otherGroups} the
     * pooled small groups (named in {@code pooledGroups}), and when neither could be shown safely
     * both are empty (only the school is shown).
     */
    record AreaResult(String area, Cell school, Map<String, Cell> byGroup, Optional<Cell> otherGroups, List<String> pooledGroups) {
    }

    /** An item's result, at school level only. */
    record ItemResult(String item, Cell school) {
    }

    /** A group's response rate; {@code respondents} only when at least the threshold answered. */
    record GroupRate(String staffGroup, int invited, OptionalInt respondents) {
    }

    /** Everything a closed survey discloses. */
    record Results(int minimumRespondents, int invited, int respondents, List<GroupRate> rateByGroup,
                   List<AreaResult> areas, List<ItemResult> items) {

        public Optional<AreaResult> area(String key) {
            return areas.stream().filter(area -> area.area().equals(key)).findFirst();
        }
    }

    /** Why the core refused a respondent's answer or code; nothing was written. */
    final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /** What went wrong; {@code INVALID} and {@code GROUP_FULL} are the respondent's to fix. */
        public enum Reason { INVALID, CLOSED, GROUP_FULL, ALREADY_ANSWERED, TOO_MANY_ATTEMPTS }

        private final Reason reason;
        private final String field;

        public Refused(Reason reason, String field, String message) {
            super(message);
            this.reason = reason;
            this.field = field;
        }

        public Reason reason() {
            return reason;
        }

        /** The form field at fault ({@code answers}, {@code staffGroup}, {@code code}). */
        public String field() {
            return field;
        }
    }
}
