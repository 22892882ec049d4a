/**
 * The fenced PDF engine patches (see README.md): the install call and what its callers need.
 * Nothing else in the app reaches into pdfkit's or fontkit's internals.
 */
export {
  installEngine,
  engineForBundle,
  PATCH_NAMES,
  type EngineOptions,
  type PatchName,
} from './install'
export { PINNED, bundleVersions, type FoundVersions } from './versions'
export { PDF_DEFLATE_LEVEL, concatBytes, latin1Bytes } from './streams'
