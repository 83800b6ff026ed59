package org.canopy.platform.core.manifests;

import org.canopy.platform.core.common.ManifestError;
import org.canopy.platform.core.manifests.TenantManifest.Administrator;
import org.canopy.platform.core.manifests.TenantManifest.Inspection;
import org.canopy.platform.core.schools.InspectionInput;
import org.canopy.platform.core.schools.ReportCardArea;
import org.canopy.platform.core.schools.SchoolInput;
import org.canopy.platform.core.staff.StaffInput;
import org.canopy.platform.core.tenancy.TenantInput;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a tenant manifest's YAML into {@link TenantManifest}, keeping the line of every field.
 * Only the YAML node tree is built (no object construction), and every syntax, type or unknown
 * field error is reported with its file, line and field.
 */
public final class ManifestReader {

    private static final Set<String> TOP = Set.of("kind", "slug", "name", "modules", "administrators", "schools", "staff",
            "inspections");
    private static final Set<String> ADMINISTRATOR = Set.of("email", "name", "role", "school");
    private static final Set<String> SCHOOL = Set.of("urn", "name", "phase", "localAuthority", "region", "pupils",
            "fsmPercent", "ofsted", "joined", "left");
    private static final Set<String> STAFF = Set.of("email", "name", "school", "group", "fte", "started", "left");
    private static final Set<String> INSPECTION = Set.of("school", "date", "judgement", "grades", "safeguarding");
    private static final Set<String> AREAS = Arrays.stream(ReportCardArea.values()).map(ReportCardArea::code).collect(Collectors.toSet());

    /** How manifest keys map to the input fields that validation names; the reverse names errors. */
    static final Map<String, String> SCHOOL_FIELDS = Map.of("joined", "joinedOn", "left", "leftOn");
    static final Map<String, String> STAFF_FIELDS = Map.of("school", "schoolUrn", "group", "staffGroup",
            "started", "startedOn", "left", "leftOn");

    private final String file;
    private final List<ManifestError> errors = new ArrayList<>();

    private ManifestReader(String file) {
        this.file = file;
    }

    public static TenantManifest read(String file, String yaml) {
        return new ManifestReader(file).read(yaml);
    }

    private TenantManifest read(String yaml) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw fail(e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1, "", "is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw fail(1, "", "is not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode)) {
            throw fail(root == null ? 1 : line(root), "", "must be a mapping with kind, slug, name, schools…");
        }
        Fields top = new Fields(root, "", TOP);
        Located<TenantInput> tenant = new Located<>(new TenantInput(top.text("slug"), top.text("name"), top.text("kind")),
                "", line(root), top.lines());
        List<Located<String>> modules = top.list("modules", (node, path) -> {
            String value = scalar(node, path);
            return new Located<>(value, path, line(node), Map.of());
        });
        List<Located<Administrator>> administrators = top.list("administrators", (node, path) -> {
            Fields f = new Fields(node, path, ADMINISTRATOR);
            return new Located<>(new Administrator(f.text("email"), f.text("name"), f.text("role"), f.text("school")),
                    path, line(node), f.lines());
        });
        List<Located<SchoolInput>> schools = top.list("schools", (node, path) -> {
            Fields f = new Fields(node, path, SCHOOL);
            return new Located<>(new SchoolInput(f.text("urn"), f.text("name"), f.text("phase"), f.text("localAuthority"),
                    f.text("region"), f.integer("pupils"), f.decimal("fsmPercent"), f.text("ofsted"),
                    f.date("joined"), f.date("left")), path, line(node), f.lines(SCHOOL_FIELDS));
        });
        List<Located<StaffInput>> staff = top.list("staff", (node, path) -> {
            Fields f = new Fields(node, path, STAFF);
            return new Located<>(new StaffInput(f.text("name"), f.text("email"), f.text("school"), f.text("group"),
                    f.decimal("fte"), f.date("started"), f.date("left")), path, line(node), f.lines(STAFF_FIELDS));
        });
        List<Located<Inspection>> inspections = top.list("inspections", (node, path) -> {
            Fields f = new Fields(node, path, INSPECTION);
            Fields grades = f.mapping("grades", AREAS);
            Map<String, Integer> lines = new LinkedHashMap<>(f.lines());
            AREAS.forEach(area -> lines.put("grades." + area, grades.lines().getOrDefault(area, f.lines().getOrDefault("grades", line(node)))));
            return new Located<>(new Inspection(f.text("school"), new InspectionInput(f.date("date"), f.text("judgement"),
                    grades.texts(), f.text("safeguarding"))), path, line(node), Map.copyOf(lines));
        });
        if (!errors.isEmpty()) {
            throw new ManifestException(errors);
        }
        return new TenantManifest(file, tenant, modules, administrators, schools, staff, inspections);
    }

    private ManifestException fail(int line, String field, String message) {
        return new ManifestException(List.of(new ManifestError(file, line, field.isEmpty() ? "(document)" : field, message)));
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private String scalar(Node node, String path) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            return value == null || value.isEmpty() || "~".equals(value) || "null".equals(value) ? null : value;
        }
        errors.add(new ManifestError(file, line(node), path, "must be a single value, not a list or mapping"));
        return null;
    }

    /** The fields of one mapping node, read by name; unknown and duplicate keys are errors. */
    private final class Fields {

        private final String path;
        private final Map<String, Node> values = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();

        private Fields(String path) {
            this.path = path;
        }

        Fields(Node node, String path, Set<String> allowed) {
            this.path = path;
            if (!(node instanceof MappingNode mapping)) {
                errors.add(new ManifestError(file, line(node), path, "must be a mapping of fields"));
                return;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                if (!allowed.contains(key)) {
                    errors.add(new ManifestError(file, line(tuple.getKeyNode()), qualify(key),
                            "is not a known field; expected one of " + String.join(", ", allowed.stream().sorted().toList())));
                } else if (values.putIfAbsent(key, tuple.getValueNode()) != null) {
                    errors.add(new ManifestError(file, line(tuple.getKeyNode()), qualify(key), "appears twice"));
                } else {
                    lines.put(key, line(tuple.getKeyNode()));
                }
            }
        }

        Map<String, Integer> lines() {
            return Map.copyOf(lines);
        }

        /** A nested mapping's fields (none when the key is absent). */
        Fields mapping(String key, Set<String> allowed) {
            Node node = values.get(key);
            return node == null ? new Fields(qualify(key)) : new Fields(node, qualify(key), allowed);
        }

        /** Every field as text, in the manifest's order. */
        Map<String, String> texts() {
            Map<String, String> texts = new LinkedHashMap<>();
            values.keySet().forEach(key -> texts.put(key, text(key)));
            return texts;
        }

        /** Lines keyed by the input's field names, which are what validation errors name. */
        Map<String, Integer> lines(Map<String, String> renamed) {
            Map<String, Integer> byField = new LinkedHashMap<>();
            lines.forEach((key, line) -> byField.put(renamed.getOrDefault(key, key), line));
            return Map.copyOf(byField);
        }

        String text(String key) {
            Node node = values.get(key);
            return node == null ? null : scalar(node, qualify(key));
        }

        Long integer(String key) {
            return convert(key, Long::valueOf, "must be a whole number");
        }

        BigDecimal decimal(String key) {
            return convert(key, BigDecimal::new, "must be a number");
        }

        LocalDate date(String key) {
            return convert(key, LocalDate::parse, "must be a date such as 2024-09-01");
        }

        <T> List<T> list(String key, java.util.function.BiFunction<Node, String, T> item) {
            Node node = values.get(key);
            if (node == null) {
                return List.of();
            }
            if (!(node instanceof SequenceNode sequence)) {
                errors.add(new ManifestError(file, line(node), qualify(key), "must be a list"));
                return List.of();
            }
            List<T> items = new ArrayList<>();
            List<Node> nodes = sequence.getValue();
            for (int i = 0; i < nodes.size(); i++) {
                items.add(item.apply(nodes.get(i), qualify(key) + "[" + (i + 1) + "]"));
            }
            return items;
        }

        private <T> T convert(String key, Function<String, T> parser, String message) {
            String text = text(key);
            if (text == null) {
                return null;
            }
            try {
                return parser.apply(text.trim());
            } catch (NumberFormatException | DateTimeParseException e) {
                errors.add(new ManifestError(file, lines.get(key), qualify(key), message));
                return null;
            }
        }

        private String qualify(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }
}
