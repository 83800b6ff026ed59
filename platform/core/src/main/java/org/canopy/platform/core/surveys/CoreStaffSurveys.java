package org.canopy.platform.core.surveys;

import org.canopy.platform.api.SharedModel;
import org.canopy.platform.api.StaffSurveys;
import org.canopy.platform.core.surveys.SurveyStore.Invitee;
import org.canopy.platform.core.surveys.disclosure.StoredResponse;
import org.canopy.platform.core.surveys.disclosure.SurveyDisclosure;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link StaffSurveys} for one module in the current tenant: only that module's surveys. */
public final class CoreStaffSurveys implements StaffSurveys {

    /** Wrong school codes allowed per address in ten minutes. */
    static final int WRONG_CODES_PER_ADDRESS = 10;
    /** Code entries allowed per survey in ten minutes, per person invited (each answer takes about three), and at least. */
    static final int ENTRIES_PER_INVITEE = 5;
    static final int ENTRIES_PER_SURVEY_AT_LEAST = 200;

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits that cannot be mistaken for each other when read off a staffroom screen. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;

    private final String moduleId;
    private final SurveyStore store;
    private final SharedModel shared;

    public CoreStaffSurveys(String moduleId, SurveyStore store, SharedModel shared) {
        this.moduleId = moduleId;
        this.store = store;
        this.shared = shared;
    }

    @Override
    public UUID importClosed(Definition definition, List<CollectedResponse> responses) {
        UUID id = create(definition, Optional.empty());
        Survey survey = survey(id).orElseThrow();
        store.fileCollected(id, responses.stream().map(response -> {
            if (!definition.staffGroups().contains(response.staffGroup())) {
                throw new IllegalArgumentException("a response from '" + response.staffGroup() + "', a group not in the survey");
            }
            return new StoredResponse(response.staffGroup(), AnswerSheet.of(survey, response.answers()));
        }).toList());
        return id;
    }

    @Override
    public OpenedSurvey open(Definition definition) {
        String code = schoolCode();
        return new OpenedSurvey(create(definition, Optional.of(code)), code);
    }

    private UUID create(Definition definition, Optional<String> schoolCode) {
        List<Invitee> invitees = shared.staff().stream()
                .filter(member -> member.school().filter(definition.school()::equals).isPresent())
                .filter(member -> definition.staffGroups().contains(member.staffGroup()))
                .map(member -> new Invitee(member.id(), member.staffGroup(), token(24)))
                .toList();
        return store.create(moduleId, definition, schoolCode, invitees);
    }

    @Override
    public void close(UUID survey) {
        if (survey(survey).isPresent()) {
            store.close(survey);
            store.file(survey);
        }
    }

    @Override
    public Optional<Survey> survey(UUID survey) {
        return store.survey(moduleId, survey);
    }

    @Override
    public List<PersonalLink> links(UUID survey) {
        if (survey(survey).isEmpty()) {
            return List.of();
        }
        Map<UUID, SharedModel.StaffMember> staff = shared.staff().stream()
                .collect(Collectors.toMap(SharedModel.StaffMember::id, Function.identity()));
        return store.invitees(survey).stream().filter(invitee -> staff.containsKey(invitee.staffId()))
                .map(invitee -> {
                    SharedModel.StaffMember member = staff.get(invitee.staffId());
                    return new PersonalLink(member.id(), member.name(), member.email(), invitee.staffGroup(), invitee.token());
                })
                .sorted(Comparator.comparing(PersonalLink::name).thenComparing(PersonalLink::token))
                .toList();
    }

    @Override
    public Progress progress(UUID survey) {
        return progress(List.of(survey)).getOrDefault(survey, new Progress(false, 0, 0, OptionalInt.empty()));
    }

    /** While open, the share filed (in batches of five) rounded down to ten points; once closed, exact. */
    @Override
    public Map<UUID, Progress> progress(Collection<UUID> surveys) {
        Map<UUID, Progress> progress = new HashMap<>();
        for (SurveyStore.Count count : store.counts(moduleId, surveys)) {
            int percent = count.invited() == 0 ? 0 : Math.min(100, count.answered() * 100 / count.invited());
            progress.put(count.survey(), count.open()
                    ? new Progress(true, count.invited(), percent / 10 * 10, OptionalInt.empty())
                    : new Progress(false, count.invited(), percent, OptionalInt.of(count.answered())));
        }
        return progress;
    }

    @Override
    public Optional<Results> results(UUID survey) {
        return survey(survey).filter(found -> !found.open()).map(found -> {
            store.file(survey);
            return new SurveyDisclosure(found).disclose(store.invitedByGroup(survey), store.responses(survey));
        });
    }

    @Override
    public Optional<Survey> byLink(String token) {
        return token == null ? Optional.empty() : store.byToken(moduleId, token);
    }

    @Override
    public void answerByLink(String token, Map<String, Integer> answers) {
        Survey survey = byLink(token).orElseThrow(() -> new Refused(Refused.Reason.INVALID, "token", "This link is not a survey link."));
        requireOpen(survey);
        Integer[] sheet = AnswerSheet.of(survey, answers);
        // a used link answers exactly like a first answer: only its holder, in this browser, knows it was used
        Respondent.current().ifPresent(respondent -> respondent.rememberAnsweredByLink(survey.id()));
        store.useLink(survey.id(), token).ifPresent(group -> {
            store.await(survey.id(), group, sheet);
            store.file(survey.id());
        });
    }

    @Override
    public Optional<Survey> byCode(String code) {
        Optional<String> address = Respondent.current().map(Respondent::addressKey);
        if (address.isPresent() && store.attempts("address", address.get()) >= WRONG_CODES_PER_ADDRESS) {
            throw tooManyAttempts();
        }
        String normalised = normalise(code);
        Optional<Survey> survey = normalised.isEmpty() ? Optional.empty() : store.byCode(moduleId, normalised);
        if (survey.isEmpty()) {
            address.ifPresent(key -> store.attempt("address", key));
        } else if (store.attempt("survey", survey.get().id().toString()) > entriesAllowed(survey.get().id())) {
            throw tooManyAttempts();
        }
        return survey;
    }

    @Override
    public void answerByCode(String code, String staffGroup, Map<String, Integer> answers) {
        Survey survey = byCode(code).orElseThrow(() -> new Refused(Refused.Reason.INVALID, "code",
                "code: no open survey has this code. Check it with your CPD lead."));
        if (staffGroup == null || !survey.staffGroups().contains(staffGroup)) {
            throw new Refused(Refused.Reason.INVALID, "staffGroup", "staffGroup: choose the group you work in.");
        }
        Integer[] sheet = AnswerSheet.of(survey, answers);
        if (Respondent.current().filter(respondent -> respondent.answeredByLink(survey.id())).isPresent()) {
            throw new Refused(Refused.Reason.ALREADY_ANSWERED, "code",
                    "You have already answered this survey with your personal link. Thank you.");
        }
        if (!store.awaitByCode(survey.id(), staffGroup, sheet)) {
            throw new Refused(Refused.Reason.GROUP_FULL, "staffGroup",
                    "staffGroup: everyone invited in this group has already answered.");
        }
        store.file(survey.id());
    }

    private int entriesAllowed(UUID survey) {
        int invited = store.invitedByGroup(survey).values().stream().mapToInt(Integer::intValue).sum();
        return Math.max(ENTRIES_PER_SURVEY_AT_LEAST, ENTRIES_PER_INVITEE * invited);
    }

    private static Refused tooManyAttempts() {
        return new Refused(Refused.Reason.TOO_MANY_ATTEMPTS, "code", "code: too many attempts; wait ten minutes and try again.");
    }

    private static void requireOpen(Survey survey) {
        if (!survey.open()) {
            throw new Refused(Refused.Reason.CLOSED, "answers", "This survey has closed, so it takes no more answers.");
        }
    }

    private static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    private String schoolCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

}
