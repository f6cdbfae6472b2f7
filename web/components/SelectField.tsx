interface Props {
  name: string
  label: string
  value: string
  /** The label of the empty choice ("any"). */
  anyLabel: string
  items: { value: string; label: string }[]
}

/** A labelled `<select>` of a GET filter form, with an empty "any" choice first. */
export function SelectField({ name, label, value, anyLabel, items }: Props) {
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value}>
        <option value="">{anyLabel}</option>
        {items.map((i) => (
          <option key={i.value} value={i.value}>
            {i.label}
          </option>
        ))}
      </select>
    </div>
  )
}
