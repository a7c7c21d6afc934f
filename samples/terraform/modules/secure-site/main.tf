# A Linux web app that requires a client certificate on every request.
resource "azurerm_linux_web_app" "this" {
  name                = var.name
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id
  https_only          = true

  client_certificate_enabled = true
  client_certificate_mode    = var.client_cert_mode

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
    http2_enabled           = true
    ftps_state              = "Disabled"

    application_stack {
      dotnet_version = "8.0"
    }
  }

  tags = var.tags
}

resource "azurerm_linux_web_app_slot" "staging" {
  name           = "staging"
  app_service_id = azurerm_linux_web_app.this.id
  https_only     = true

  client_certificate_enabled = true
  client_certificate_mode    = var.client_cert_mode

  site_config {
    minimum_tls_version = "1.2"
  }
}
