// The pictures feature: choosing a picture (library, camera, device photos, drawing) and showing one.
export { PicturePicker } from './PicturePicker';
export { PictureView } from './PictureView';
export { usePictureUrl, type PictureUrlState } from './usePictureUrl';
export { loadSymbolLibrary, useSymbolLibrary, type SymbolLibrary } from './useSymbolLibrary';
export { forgetUnusedPictures } from './pictureUrlCache';
