package org.canopy.platform.core.plugins;

import org.canopy.platform.api.StaffSurveys;
import org.canopy.platform.core.identity.TenantContext;
import org.canopy.platform.core.identity.TenantScope;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/** {@link StaffSurveys} whose every call runs in a tenant scope of its own, as {@link InTenantScope} does for SQL. */
final class SurveysInTenantScope {

    private SurveysInTenantScope() {
    }

    static StaffSurveys of(TenantContext scope, StaffSurveys surveys) {
        return (StaffSurveys) Proxy.newProxyInstance(StaffSurveys.class.getClassLoader(), new Class<?>[] {StaffSurveys.class},
                (proxy, method, arguments) -> {
                    try (TenantScope.Entered ignored = TenantScope.enter(scope)) {
                        return method.invoke(surveys, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
