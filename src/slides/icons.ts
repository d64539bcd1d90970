// The deck's signpost icons: Lucide's, one stroke style, imported one by one so that only these
// are bundled. Content names them (schema `iconNames`); the record makes each name drawable.
import type { Component } from 'svelte'
import type { IconName } from '../content/schema'
import Car from '@lucide/svelte/icons/car'
import Flame from '@lucide/svelte/icons/flame'
import ShieldCheck from '@lucide/svelte/icons/shield-check'
import HeartHandshake from '@lucide/svelte/icons/heart-handshake'
import Lightbulb from '@lucide/svelte/icons/lightbulb'
import Scale from '@lucide/svelte/icons/scale'
import Leaf from '@lucide/svelte/icons/leaf'
import Globe from '@lucide/svelte/icons/globe'
import Share from '@lucide/svelte/icons/share-2'
import Radar from '@lucide/svelte/icons/radar'
import Users from '@lucide/svelte/icons/users'
import Cloud from '@lucide/svelte/icons/cloud'
import Server from '@lucide/svelte/icons/server'
import Network from '@lucide/svelte/icons/network'
import Fuel from '@lucide/svelte/icons/fuel'
import RadioTower from '@lucide/svelte/icons/radio-tower'
import Cctv from '@lucide/svelte/icons/cctv'
import Mic from '@lucide/svelte/icons/mic'
import Award from '@lucide/svelte/icons/award'
import Landmark from '@lucide/svelte/icons/landmark'
import Shield from '@lucide/svelte/icons/shield'
import Siren from '@lucide/svelte/icons/siren'
import Pill from '@lucide/svelte/icons/pill'
import Cpu from '@lucide/svelte/icons/cpu'
import Database from '@lucide/svelte/icons/database'
import Smartphone from '@lucide/svelte/icons/smartphone'
import GraduationCap from '@lucide/svelte/icons/graduation-cap'
import ScanEye from '@lucide/svelte/icons/scan-eye'

// Lucide's components take their own props; the slides pass size, stroke and aria attributes only.
export const icons: Record<IconName, Component<Record<string, unknown>>> = {
  car: Car,
  flame: Flame,
  'shield-check': ShieldCheck,
  'heart-handshake': HeartHandshake,
  lightbulb: Lightbulb,
  scale: Scale,
  leaf: Leaf,
  globe: Globe,
  share: Share,
  radar: Radar,
  users: Users,
  cloud: Cloud,
  server: Server,
  network: Network,
  fuel: Fuel,
  'radio-tower': RadioTower,
  cctv: Cctv,
  mic: Mic,
  award: Award,
  landmark: Landmark,
  shield: Shield,
  siren: Siren,
  pill: Pill,
  cpu: Cpu,
  database: Database,
  smartphone: Smartphone,
  'graduation-cap': GraduationCap,
  'scan-eye': ScanEye,
}
