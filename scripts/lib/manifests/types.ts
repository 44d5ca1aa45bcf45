/** The rendered object's envelope is the helm layer's output type; queries of this layer build on it. */
export { type Manifest, objectRef, setSource, sourceOf } from '../helm/manifest.ts';
