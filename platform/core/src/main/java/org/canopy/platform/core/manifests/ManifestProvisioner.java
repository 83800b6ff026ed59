package org.canopy.platform.core.manifests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.core.common.InputValidator;
import org.canopy.platform.core.identity.CanopyUser;
import org.canopy.platform.core.manifests.ManifestCheck.ValidManifest;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.identity.TenantScope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Applies tenant manifests: from the directory {@code canopy.tenants.dir} at start-up, or one at a
 * time from the operator API. Every manifest is read and checked before anything is written.
 */
@ApplicationScoped
public class ManifestProvisioner {

    private static final Logger LOG = Logger.getLogger(ManifestProvisioner.class.getName());

    @Inject
    InputValidator validator;

    @Inject
    TenantDirectory tenants;

    @Inject
    ManifestWriter writer;

    /** Where a manifest's transaction begins and ends, when the caller (start-up) must own it. */
    @FunctionalInterface
    public interface TransactionBoundary {
        <T> T around(Supplier<T> work);
    }

    public ManifestWriter.Outcome apply(String file, String yaml, CanopyUser actor) {
        return write(check(file, yaml), actor, Supplier::get);
    }

    /**
     * Applies every {@code *.yaml} in {@code directory}, each in its own transaction opened by
     * {@code boundary} inside the tenant's scope; if any is invalid, none is applied.
     */
    public List<ManifestWriter.Outcome> applyDirectory(Path directory, TransactionBoundary boundary) {
        List<ManifestException> failures = new ArrayList<>();
        List<ValidManifest> manifests = new ArrayList<>();
        for (Path file : yamlFiles(directory)) {
            try {
                manifests.add(check(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (ManifestException e) {
                failures.add(e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read manifest " + file, e);
            }
        }
        if (!failures.isEmpty()) {
            throw new ManifestException(failures.stream().flatMap(f -> f.errors().stream()).toList());
        }
        List<ManifestWriter.Outcome> outcomes = new ArrayList<>();
        for (ValidManifest manifest : manifests) {
            ManifestWriter.Outcome outcome = write(manifest, CanopyUser.system("manifest " + manifest.file()), boundary);
            LOG.info(() -> "tenant manifest " + manifest.file() + ": " + outcome);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private ValidManifest check(String file, String yaml) {
        return new ManifestCheck(validator).check(ManifestReader.read(file, yaml));
    }

    private ManifestWriter.Outcome write(ValidManifest manifest, CanopyUser actor, TransactionBoundary boundary) {
        String slug = manifest.tenant().slug();
        UUID tenantId = tenants.findBySlug(slug).map(Tenant::id).orElseGet(UUID::randomUUID);
        return TenantScope.call(TenantDirectory.scopeFor(tenantId, slug, actor), () -> boundary.around(() -> writer.write(manifest)));
    }

    private static List<Path> yamlFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list tenant manifests in " + directory, e);
        }
    }
}
