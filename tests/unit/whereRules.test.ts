import { isQueryDate, isQueryNumber, queryKindOf, whereProblem } from '@shared/whereRules'

describe('where rules', () => {
  test('field types map to query kinds', () => {
    expect(queryKindOf('textarea')).toBe('text')
    expect(queryKindOf('upload')).toBe('relationship')
    expect(queryKindOf('richText')).toBe('structure')
    expect(queryKindOf('point')).toBe('point')
  })

  test('unknown, MongoDB and adapter-specific operators are refused', () => {
    expect(whereProblem('text', '$gt', 'a')).toEqual({ code: 'unknownOperator', operator: '$gt' })
    expect(whereProblem('text', 'EQUALS', 'a')).toEqual({ code: 'unknownOperator', operator: 'EQUALS' })
    expect(whereProblem('text', 'near', '10,50')).toEqual({ code: 'operatorNotForField', operator: 'near', kind: 'text' })
    expect(whereProblem('text', 'all', 'a')).toEqual({ code: 'operatorNotForField', operator: 'all', kind: 'text' })
    expect(whereProblem('number', 'like', '1')).toEqual({ code: 'operatorNotForField', operator: 'like', kind: 'number' })
    expect(whereProblem('structure', 'equals', 'x')).toMatchObject({ code: 'operatorNotForField' })
  })

  test('values must fit the field', () => {
    expect(whereProblem('date', 'greater_than', 'yesterday')).toEqual({ code: 'badValue', operator: 'greater_than', expected: 'date' })
    expect(whereProblem('date', 'greater_than', '2026-12-05')).toBeNull()
    expect(whereProblem('date', 'less_than', new Date())).toBeNull()
    expect(whereProblem('number', 'equals', '1e400')).toMatchObject({ expected: 'number' })
    expect(whereProblem('number', 'in', '1,2,x')).toMatchObject({ expected: 'number' })
    expect(whereProblem('number', 'in', '1,2,3')).toBeNull()
    expect(whereProblem('checkbox', 'equals', 'yes')).toMatchObject({ expected: 'boolean' })
    expect(whereProblem('text', 'exists', 'maybe')).toMatchObject({ expected: 'boolean' })
    expect(whereProblem('text', 'equals', { a: 1 })).toMatchObject({ expected: 'text' })
    expect(whereProblem('text', 'in', Array.from({ length: 1001 }, (_, i) => String(i)))).toMatchObject({ expected: 'list' })
    expect(whereProblem('point', 'near', '10.3,50.9,1000')).toBeNull()
    expect(whereProblem('point', 'near', 'here')).toMatchObject({ expected: 'coordinates' })
    expect(whereProblem('polymorphic', 'equals', 'abc')).toMatchObject({ expected: 'reference' })
    expect(whereProblem('polymorphic', 'equals', { relationTo: 'pages', value: 'abc' })).toBeNull()
    expect(whereProblem('relationship', 'contains', { title: { equals: 'x' } })).toBeNull()
  })

  test('dates and numbers', () => {
    expect(isQueryDate('2026-02-30')).toBe(true) // Date.parse rolls over; the database compares text
    expect(isQueryDate('20260101')).toBe(false)
    expect(isQueryDate('2026-01-01T10:00:00Z')).toBe(true)
    expect(isQueryNumber(' ')).toBe(false)
    expect(isQueryNumber('-3.5')).toBe(true)
  })
})
