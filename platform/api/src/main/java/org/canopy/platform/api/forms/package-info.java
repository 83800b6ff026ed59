/**
 * Console forms: typed parameters with messages in the user's words
 * ({@link org.canopy.platform.api.forms.FormParams}) and the errors of a form shown again
 * ({@link org.canopy.platform.api.forms.FormErrors}). The kit's shared templates, shipped as jte in
 * this jar and compiled into each plugin by the plugins' build: {@code kit/error-summary},
 * {@code kit/error-message}, {@code kit/date-input} (GOV.UK's three fields) and {@code kit/pagination}.
 */
package org.canopy.platform.api.forms;
