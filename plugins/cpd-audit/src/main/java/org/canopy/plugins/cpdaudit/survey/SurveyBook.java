package org.canopy.plugins.cpdaudit.survey;

import org.canopy.platform.api.SharedModel.StaffMember;
import org.canopy.platform.api.TenantData;
import org.canopy.platform.api.files.LinkTokens;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Invitations and anonymous responses as stored. A response keeps the staff group and the day only;
 * the invitation it used is marked used in the same transaction and nothing links the two.
 */
public final class SurveyBook {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits that cannot be mistaken for each other when read off a staffroom screen. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;

    private final TenantData data;

    public SurveyBook(TenantData data) {
        this.data = data;
    }

    /** A personal link for each member of staff; someone already invited to this survey is not invited twice. */
    public int invite(UUID auditId, List<StaffMember> staff) {
        int invited = 0;
        for (StaffMember member : staff) {
            invited += data.update("insert into survey_invitation (audit_id, token, channel, staff_id, staff_group)"
                            + " select ?, ?, 'link', ?, ? where not exists"
                            + " (select 1 from survey_invitation where audit_id = ? and staff_id = ?)",
                    auditId, newToken(), member.id(), member.staffGroup(), auditId, member.id());
        }
        return invited;
    }

    /** A fresh invitation for someone who entered the school code. */
    public String issueForCode(UUID auditId) {
        String token = newToken();
        data.update("insert into survey_invitation (audit_id, token, channel) values (?, ?, 'code')", auditId, token);
        return token;
    }

    public Optional<Invitation> invitation(String token) {
        return data.queryOne("select audit_id, token, channel, staff_id, staff_group, used from survey_invitation where token = ?",
                row -> new Invitation(row.getObject(1, UUID.class), row.getString(2),
                        Invitation.Channel.valueOf(row.getString(3).toUpperCase(Locale.ROOT)),
                        Optional.ofNullable(row.getObject(4, UUID.class)), Optional.ofNullable(row.getString(5)), row.getBoolean(6)),
                token);
    }

    /** The personal links, by staff member, for the CPD lead to send. */
    public Map<UUID, String> links(UUID auditId) {
        Map<UUID, String> links = new HashMap<>();
        data.query("select staff_id, token from survey_invitation where audit_id = ? and channel = 'link'",
                row -> Map.entry(row.getObject(1, UUID.class), row.getString(2)), auditId)
                .forEach(link -> links.put(link.getKey(), link.getValue()));
        return links;
    }

    /** Staff invited by personal link, per staff group: the denominators of the response rates. */
    public Map<String, Integer> invitedByGroup(UUID auditId) {
        Map<String, Integer> invited = new TreeMap<>();
        data.query("select staff_group, count(*) from survey_invitation where audit_id = ? and channel = 'link' group by staff_group",
                row -> Map.entry(row.getString(1), row.getInt(2)), auditId)
                .forEach(group -> invited.put(group.getKey(), group.getValue()));
        return invited;
    }

    public Map<String, Integer> respondentsByGroup(UUID auditId) {
        Map<String, Integer> respondents = new TreeMap<>();
        data.query("select staff_group, count(*) from survey_response where audit_id = ? group by staff_group",
                row -> Map.entry(row.getString(1), row.getInt(2)), auditId)
                .forEach(group -> respondents.put(group.getKey(), group.getValue()));
        return respondents;
    }

    public List<SurveyResponse> responses(UUID auditId) {
        Map<UUID, String> groups = new HashMap<>();
        Map<UUID, Map<String, Integer>> answers = new HashMap<>();
        data.query("select id, staff_group from survey_response where audit_id = ?",
                row -> Map.entry(row.getObject(1, UUID.class), row.getString(2)), auditId)
                .forEach(response -> {
                    groups.put(response.getKey(), response.getValue());
                    answers.put(response.getKey(), new HashMap<>());
                });
        data.query("select a.response_id, a.item_key, a.agreement from survey_answer a join survey_response r on r.id = a.response_id"
                        + " where r.audit_id = ?", row -> new Object[] {row.getObject(1, UUID.class), row.getString(2), row.getInt(3)}, auditId)
                .forEach(answer -> answers.get((UUID) answer[0]).put((String) answer[1], (Integer) answer[2]));
        return groups.entrySet().stream().map(response -> new SurveyResponse(response.getValue(), answers.get(response.getKey()))).toList();
    }

    /**
     * Uses the invitation and stores the response, in the caller's transaction. False when the
     * invitation was used meanwhile (a second tab, a double click): nothing is written then.
     */
    public boolean answer(UUID auditId, String token, String staffGroup, Map<String, Integer> answersByItem) {
        if (data.update("update survey_invitation set used = true where token = ? and audit_id = ? and not used", token, auditId) != 1) {
            return false;
        }
        UUID response = data.queryOne("insert into survey_response (audit_id, staff_group) values (?, ?) returning id",
                row -> row.getObject(1, UUID.class), auditId, staffGroup).orElseThrow();
        answersByItem.forEach((item, agreement) ->
                data.update("insert into survey_answer (response_id, item_key, agreement) values (?, ?, ?)", response, item, agreement));
        return true;
    }

    public static String newSchoolCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String newToken() {
        return LinkTokens.next();
    }
}
