/**
 * Files in and out: types decided by content ({@link org.canopy.platform.api.files.FileTypes}), an
 * upload policy of types and size ({@link org.canopy.platform.api.files.UploadPolicy}), and
 * unguessable link tokens ({@link org.canopy.platform.api.files.LinkTokens}).
 */
package org.canopy.platform.api.files;
