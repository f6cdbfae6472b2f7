import { type Endpoint, NotFound } from 'payload'

/**
 * Payload adds `POST /api/<auth collection>/verify/:id` to every login collection, also where
 * e-mail verification is off; there it searches a field that does not exist and answers 500.
 * Without verification the route does not exist: 404.
 */
export const noVerification: Endpoint = {
  method: 'post',
  path: '/verify/:id',
  handler: (req) => {
    throw new NotFound(req.t)
  },
}
