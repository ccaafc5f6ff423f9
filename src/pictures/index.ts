// The pictures feature: choosing pictures from the shipped library.
export { PicturePicker } from './PicturePicker';
export { loadSymbolLibrary, useSymbolLibrary, type SymbolLibrary } from './useSymbolLibrary';
