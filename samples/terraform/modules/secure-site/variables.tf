variable "name" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

variable "client_cert_mode" {
  description = "Client certificate mode; anything but Required lets requests without a certificate through."
  type        = string
  default     = "Required"
}

variable "tags" {
  type    = map(string)
  default = {}
}
