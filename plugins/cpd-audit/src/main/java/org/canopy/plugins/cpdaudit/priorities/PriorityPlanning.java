package org.canopy.plugins.cpdaudit.priorities;

import org.canopy.platform.api.ModuleContext;
import org.canopy.plugins.cpdaudit.audit.Audit;
import org.canopy.plugins.cpdaudit.audit.AuditAccess;
import org.canopy.plugins.cpdaudit.audit.AuditException;
import org.canopy.plugins.cpdaudit.audit.AuditRole;
import org.canopy.plugins.cpdaudit.audit.AuditStatus;
import org.canopy.plugins.cpdaudit.audit.Audits;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The school's two transformation priorities, chosen while the audit is open for evidence, and
 * their actions, which the school keeps up to date all year, after publication too: the tracker
 * is how the trust sees the priorities move.
 */
public final class PriorityPlanning {

    /** One of the two priorities as entered: the area it is in and what the school will change. */
    public record PriorityInput(String areaKey, String title) {
    }

    /** An action as entered; {@code status} is {@code red}, {@code amber} or {@code green}. */
    public record ActionInput(String description, String owner, LocalDate due, String status, boolean complete) {
    }

    private final ModuleContext context;
    private final AuditAccess access;
    private final Audits audits;
    private final FrameworkLibrary frameworks;
    private final PriorityBook book;

    public PriorityPlanning(ModuleContext context) {
        this.context = context;
        this.access = new AuditAccess(context);
        this.audits = new Audits(context.data());
        this.frameworks = new FrameworkLibrary(context.data());
        this.book = new PriorityBook(context.data());
    }

    /** Sets the audit's priorities (at most two, in different areas); fewer clears the rest. */
    public List<StoredPriority> choose(UUID auditId, List<PriorityInput> chosen) {
        Audit audit = audits.get(auditId);
        access.require(AuditRole.RUNNER, audit.schoolId(), "choose the transformation priorities");
        if (!audit.status().isOpenForEvidence()) {
            throw AuditException.conflict("The priorities are chosen before moderation; this audit is "
                    + audit.status().label().toLowerCase() + ".");
        }
        requireValid(frameworks.get(audit.frameworkId()).framework(), chosen);
        return context.data().inTransaction(data -> {
            for (int position = 1; position <= TransformationPriorities.PER_PUBLISHED_AUDIT; position++) {
                book.remove(audit.id(), position);
            }
            for (int i = 0; i < chosen.size(); i++) {
                book.set(audit.id(), i + 1, chosen.get(i).areaKey(), chosen.get(i).title().strip());
            }
            return book.of(audit.id());
        });
    }

    public UUID addAction(UUID auditId, UUID priorityId, ActionInput input) {
        Audit audit = trackable(auditId);
        requirePriority(audit, priorityId);
        return book.addAction(priorityId, action(input));
    }

    public void updateAction(UUID auditId, UUID priorityId, UUID actionId, ActionInput input) {
        Audit audit = trackable(auditId);
        requirePriority(audit, priorityId);
        if (!book.updateAction(priorityId, actionId, action(input))) {
            throw AuditException.notFound("Action " + actionId);
        }
    }

    private Audit trackable(UUID auditId) {
        Audit audit = audits.get(auditId);
        access.require(AuditRole.RUNNER, audit.schoolId(), "update the priorities' actions");
        if (audit.status() == AuditStatus.SUPERSEDED) {
            throw AuditException.conflict("This edition was corrected; update the actions on the current edition.");
        }
        return audit;
    }

    private void requirePriority(Audit audit, UUID priorityId) {
        if (book.of(audit.id()).stream().noneMatch(priority -> priority.id().equals(priorityId))) {
            throw AuditException.notFound("Priority " + priorityId);
        }
    }

    private static void requireValid(Framework framework, List<PriorityInput> chosen) {
        if (chosen == null || chosen.size() > TransformationPriorities.PER_PUBLISHED_AUDIT) {
            throw AuditException.invalid("priorities: an audit has exactly " + TransformationPriorities.PER_PUBLISHED_AUDIT
                    + " transformation priorities, not more.");
        }
        Set<String> areas = new HashSet<>();
        for (PriorityInput priority : chosen) {
            if (priority == null || priority.areaKey() == null || framework.area(priority.areaKey()).isEmpty()) {
                throw AuditException.invalid("areaKey: each priority is in an area of the audit's framework.");
            }
            if (!areas.add(priority.areaKey())) {
                throw AuditException.invalid("areaKey: each transformation priority needs an area of its own.");
            }
            if (priority.title() == null || priority.title().isBlank() || priority.title().strip().length() > 300) {
                throw AuditException.invalid("title: say what the school will change (1 to 300 characters).");
            }
        }
    }

    private static Action action(ActionInput input) {
        if (input == null || blankOrLonger(input.description(), 500)) {
            throw AuditException.invalid("description: 1 to 500 characters.");
        }
        if (blankOrLonger(input.owner(), 200)) {
            throw AuditException.invalid("owner: who leads it (1 to 200 characters).");
        }
        if (input.due() == null) {
            throw AuditException.invalid("due: a date (yyyy-mm-dd).");
        }
        RagStatus status = PriorityBook.ragOf(input.status())
                .orElseThrow(() -> AuditException.invalid("status: red, amber or green."));
        return new Action(input.description().strip(), input.owner().strip(), input.due(), status, input.complete());
    }

    private static boolean blankOrLonger(String value, int max) {
        return value == null || value.isBlank() || value.strip().length() > max;
    }
}
