package org.canopy.platform.core.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.canopy.platform.core.common.InputValidator;

@ApplicationScoped
public class ValidationProducer {

    @Inject
    Validator validator;

    /** Dependent scope: InputValidator is a final, stateless value, not a proxyable bean. */
    @Produces
    InputValidator inputValidator() {
        return new InputValidator(validator);
    }
}
