# Deliberately mixed: the two module calls show a good site and a caller that weakens it;
# the order processor and the certificate show what mtlslint reports directly.
locals {
  name_prefix = "contoso-${var.environment}"
  tags = {
    workload        = "orders"
    "requires-mtls" = "true"
  }
}

resource "azurerm_resource_group" "orders" {
  name     = "rg-${local.name_prefix}-orders"
  location = var.location
}

resource "azurerm_service_plan" "orders" {
  name                = "plan-${local.name_prefix}-orders"
  resource_group_name = azurerm_resource_group.orders.name
  location            = azurerm_resource_group.orders.location
  os_type             = "Linux"
  sku_name            = "P1v3"
}

module "partner_api" {
  source              = "./modules/secure-site"
  name                = "${local.name_prefix}-partner-api"
  resource_group_name = azurerm_resource_group.orders.name
  location            = azurerm_resource_group.orders.location
  service_plan_id     = azurerm_service_plan.orders.id
  tags                = local.tags
}

module "support_portal" {
  source              = "./modules/secure-site"
  name                = "${local.name_prefix}-support"
  resource_group_name = azurerm_resource_group.orders.name
  location            = azurerm_resource_group.orders.location
  service_plan_id     = azurerm_service_plan.orders.id
  client_cert_mode    = "Optional"
  tags                = local.tags
}

resource "azurerm_storage_account" "functions" {
  name                     = "stcontosoorders"
  resource_group_name      = azurerm_resource_group.orders.name
  location                 = azurerm_resource_group.orders.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_2"
}

resource "azurerm_linux_function_app" "order_processor" {
  name                       = "func-${local.name_prefix}-orders"
  resource_group_name        = azurerm_resource_group.orders.name
  location                   = azurerm_resource_group.orders.location
  service_plan_id            = azurerm_service_plan.orders.id
  storage_account_name       = azurerm_storage_account.functions.name
  storage_account_access_key = azurerm_storage_account.functions.primary_access_key
  https_only                 = var.enforce_https

  # Function apps default client_certificate_mode to "Optional": certificates are asked for, not required.
  client_certificate_enabled         = true
  client_certificate_exclusion_paths = "/api/health;/api/webhooks"

  site_config {
    minimum_tls_version = "1.2"
    http2_enabled       = true
    application_stack {
      dotnet_version              = "8.0"
      use_dotnet_isolated_runtime = true
    }
  }

  app_settings = {
    WEBSITE_LOAD_CERTIFICATES = "*"
  }

  tags = local.tags
}

resource "azurerm_app_service_certificate" "legacy_client" {
  name                = "legacy-client-cert"
  resource_group_name = azurerm_resource_group.orders.name
  location            = azurerm_resource_group.orders.location
  pfx_blob            = filebase64("certs/legacy-client.pfx")
  password            = var.legacy_cert_password
}
