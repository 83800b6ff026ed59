package org.canopy.platform.core.console;

import java.util.List;

/**
 * Everything the console's layout shows around a page: title, who is signed in where, navigation,
 * breadcrumbs, the flash message of the previous form and the CSRF token for forms.
 */
public record Frame(String title, String root, String userName, String tenantName, String tenantHome,
                    List<Link> navigation, List<Link> breadcrumbs, String flash, String csrf) {

    private static final String ERROR_PREFIX = "Error: ";

    /** A navigation entry or breadcrumb; {@code current} marks the page (or section) being shown. */
    public record Link(String label, String href, boolean current) {

        public static Link to(String label, String href) {
            return new Link(label, href, false);
        }
    }

    /** A page outside any tenant: sign-in, sign-out, errors before a tenant is known. */
    public static Frame outsideTenant(String title, String root) {
        return new Frame(title, root, null, null, root + "/console/", List.of(), List.of(), null, null);
    }

    /** A public page of a tenant: its name, and no way into the console (no navigation, home link or sign-in). */
    public static Frame publicPage(String title, String root, String tenantName, String flash, String csrf) {
        return new Frame(title, root, null, tenantName, null, List.of(), List.of(), flash, csrf);
    }

    /** Signed in, but no tenant chosen yet. */
    public static Frame signedIn(String title, String root, String userName, String csrf) {
        return new Frame(title, root, userName, null, root + "/console/", List.of(), List.of(), null, csrf);
    }

    public Frame with(String pageTitle, List<Link> pageBreadcrumbs) {
        return new Frame(pageTitle, root, userName, tenantName, tenantHome, navigation, List.copyOf(pageBreadcrumbs), flash, csrf);
    }

    /** GOV.UK's rule for a form shown again with its errors (a 400): the page's title starts with "Error: ". */
    public Frame forStatus(int status) {
        return status == 400 && !title.startsWith(ERROR_PREFIX)
                ? new Frame(ERROR_PREFIX + title, root, userName, tenantName, tenantHome, navigation, breadcrumbs, flash, csrf) : this;
    }

    public String asset(String path) {
        return root + "/" + path;
    }

    public String govuk(String path) {
        return root + "/webjars/govuk-frontend/" + WebJars.GOVUK_FRONTEND + "/dist/govuk/" + path;
    }

    public String echarts() {
        return root + "/webjars/echarts/" + WebJars.ECHARTS + "/dist/echarts.min.js";
    }

    /** Whether the page leads back into the console; public pages do not. */
    public boolean linksHome() {
        return tenantHome != null;
    }

    public boolean signedIn() {
        return userName != null;
    }
}
