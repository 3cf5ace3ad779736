// "Conservar la foto original": unchecked, a photo is stored upright, ≤ 2,048 px, as JPEG (PH-1);
// checked, its bytes are stored as they came (PH-3), heavier to upload.
import './photos.css';

export function KeepOriginalCheckbox({
  checked,
  onChange,
  testId,
}: {
  checked: boolean;
  onChange: (keep: boolean) => void;
  testId: string;
}) {
  return (
    <label className="keep-original">
      <input type="checkbox" checked={checked} data-testid={testId} onChange={(e) => onChange(e.target.checked)} />{' '}
      Conservar la foto original (más pesada)
    </label>
  );
}
