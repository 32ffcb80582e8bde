using System;
using System.IO;
using OpenQA.Selenium.Chrome;

namespace Ims.Rules.Json.Tests.Browser;

/// <summary>
/// Debian's Chromium and its driver (<c>apt-get install chromium chromium-driver</c>), driven by
/// Selenium. Nothing here downloads a browser: without them the browser tests are skipped, unless
/// <c>IMS_RULES_REQUIRE_BROWSER=1</c> (set by .ci/run) makes a missing browser a failure.
/// </summary>
internal static class SystemBrowser
{
    public const string Chromium = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public static bool Installed => File.Exists(Chromium) && File.Exists(Driver);

    public static bool Required => Environment.GetEnvironmentVariable("IMS_RULES_REQUIRE_BROWSER") == "1";

    public static string? SkipReason => Installed || Required
        ? null
        : $"No browser: {Chromium} and {Driver} are not installed (apt-get install chromium chromium-driver; .ci/run installs them and sets IMS_RULES_REQUIRE_BROWSER=1).";

    /// <summary>A headless Chromium, 1280 pixels wide.</summary>
    public static ChromeDriver Start(int height = 2200)
    {
        if (!Installed)
        {
            throw new InvalidOperationException($"IMS_RULES_REQUIRE_BROWSER=1 but {Chromium} or {Driver} is missing: install chromium and chromium-driver.");
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", $"--window-size=1280,{height}", "--force-device-scale-factor=1");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}

/// <summary>A test that needs the system browser: skipped, with the reason, where it is not installed and not required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (SystemBrowser.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
