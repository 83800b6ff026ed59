/**
 * One problem type for every module's refusals ({@link org.canopy.platform.api.problem.ModuleProblem}),
 * with field errors, rendered by the core the same way as its own: problem+json for the API, the
 * GOV.UK error summary or error page in the console.
 */
package org.canopy.platform.api.problem;
