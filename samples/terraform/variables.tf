variable "location" {
  type    = string
  default = "westeurope"
}

variable "environment" {
  type = string
}

variable "enforce_https" {
  description = "Redirect HTTP to HTTPS on the order processor."
  type        = bool
  default     = true
}

variable "legacy_cert_password" {
  type = string
}
