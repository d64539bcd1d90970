import { languages } from './lang'
import { z } from './zod'

export const langSchema = z.enum(languages)
