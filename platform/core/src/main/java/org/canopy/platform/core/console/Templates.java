package org.canopy.platform.core.console;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import org.canopy.platform.api.ConsolePages;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's template engine: jte templates precompiled at build time, the core's own and each
 * plugin's, the latter loaded from the plugin's class loader (no CDI, no runtime compiler). Output
 * is HTML-escaped by default.
 */
@ApplicationScoped
public class Templates {

    /** Outside the console's package: the core's templates render every area's pages, which depend on the console. */
    static final String CORE_PACKAGE = "org.canopy.platform.core.templates";

    private final TemplateEngine core = precompiled(Templates.class.getClassLoader(), CORE_PACKAGE);

    private final Map<ConsolePages, TemplateEngine> plugins = new ConcurrentHashMap<>();

    /** A core page inside the layout: the template takes {@code frame} and {@code page}. */
    public String page(String template, Frame frame, Object page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("frame", frame);
        parameters.put("page", page);
        return render(core, template, parameters);
    }

    /** A module's template, rendered from its own class loader; the result goes inside the layout. */
    public String plugin(ConsolePages pages, String template, Map<String, Object> model) {
        TemplateEngine engine = plugins.computeIfAbsent(pages, p -> precompiled(p.getClass().getClassLoader(), p.templatePackage()));
        return render(engine, template, model);
    }

    /** The layout around an already rendered (and escaped) body. */
    public String layout(Frame frame, String body) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("frame", frame);
        parameters.put("body", body);
        return render(core, "plugin-page.jte", parameters);
    }

    /** jte loads precompiled templates through the context class loader of the thread that creates the engine. */
    private static TemplateEngine precompiled(ClassLoader loader, String templatePackage) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return TemplateEngine.createPrecompiled(null, ContentType.Html, loader, templatePackage);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String render(TemplateEngine engine, String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput();
        engine.render(template, parameters, output);
        return output.toString();
    }
}
