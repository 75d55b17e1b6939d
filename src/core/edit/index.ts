// Pure text-edit functions shared by quick-fixes (language server) and the diagram editor:
// "text is the model", so every change is a minimal TextEdit set on the user's own text.
export { applyEdits, isEditError, sortEdits, type EditResult, type TextEdit } from './text-edit';
export { idError, uniqueId } from './ids';
export { addMeasureEntries, setMeasureStatus, REASON_PLACEHOLDER, type AddMeasureOptions, type MeasureEntryInput } from './measures';
export { addConduit, addDevice, addFlow, addZone, moveDevice, setConduitVpn, type Props } from './elements';
export { insertDmz, insertFilteringDevice, type DmzOptions, type FilteringDeviceOptions } from './topology';
export { deleteElement, deleteFlowAt, type DeleteOptions } from './delete';
export { renameElement } from './rename';
