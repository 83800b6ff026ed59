package org.canopy.plugins.testmodule;

import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ConsolePages;
import org.canopy.platform.api.ConsoleRequest;
import org.canopy.platform.api.ModuleContext;
import org.pf4j.Extension;

import java.util.List;
import java.util.Map;

/** The module's console page: its notes and a form to add one, inside the core's layout. */
@Extension
public class NotePages implements ConsolePages {

    @Override
    public String templatePackage() {
        return "org.canopy.plugins.testmodule.templates";
    }

    @Override
    public List<ConsoleLink> navigation(ModuleContext context) {
        return List.of(new ConsoleLink("Notes", ""));
    }

    @Override
    public ConsolePage handle(ConsoleRequest request, ModuleContext context) {
        if (!request.path().isEmpty()) {
            return ConsolePage.notFound();
        }
        NoteRoutes notes = new NoteRoutes(context);
        if (!request.isPost()) {
            return ConsolePage.view("Notes", "notes.jte", Map.of("notes", notes.notes()));
        }
        String text = request.parameter("text").orElse("");
        if (text.isBlank() || text.length() > NoteRoutes.MAX_LENGTH) {
            return ConsolePage.view("Notes", "notes.jte", Map.of("notes", notes.notes(),
                    "error", "Enter a note of 1 to " + NoteRoutes.MAX_LENGTH + " characters", "text", text)).withStatus(400);
        }
        notes.add(new NoteRoutes.NoteInput(text, null));
        return ConsolePage.redirect("", "Note added");
    }
}
