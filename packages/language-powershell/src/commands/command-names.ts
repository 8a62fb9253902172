/**
 * Windows PowerShell 5.1's built-in aliases of cmdlets (`Get-Alias` on a
 * fresh session), by lower-case alias. Aliases of functions (`md`, `man`) are
 * left out: they do not name a cmdlet.
 */
const BUILT_IN_ALIASES: Readonly<Record<string, string>> = {
	"%": "ForEach-Object",
	"?": "Where-Object",
	ac: "Add-Content",
	asnp: "Add-PSSnapin",
	cat: "Get-Content",
	cd: "Set-Location",
	chdir: "Set-Location",
	clc: "Clear-Content",
	clear: "Clear-Host",
	clhy: "Clear-History",
	cli: "Clear-Item",
	clp: "Clear-ItemProperty",
	cls: "Clear-Host",
	clv: "Clear-Variable",
	cnsn: "Connect-PSSession",
	compare: "Compare-Object",
	copy: "Copy-Item",
	cp: "Copy-Item",
	cpi: "Copy-Item",
	cpp: "Copy-ItemProperty",
	curl: "Invoke-WebRequest",
	cvpa: "Convert-Path",
	dbp: "Disable-PSBreakpoint",
	del: "Remove-Item",
	diff: "Compare-Object",
	dir: "Get-ChildItem",
	dnsn: "Disconnect-PSSession",
	ebp: "Enable-PSBreakpoint",
	echo: "Write-Output",
	epal: "Export-Alias",
	epcsv: "Export-Csv",
	epsn: "Export-PSSession",
	erase: "Remove-Item",
	etsn: "Enter-PSSession",
	exsn: "Exit-PSSession",
	fc: "Format-Custom",
	fl: "Format-List",
	foreach: "ForEach-Object",
	ft: "Format-Table",
	fw: "Format-Wide",
	gal: "Get-Alias",
	gbp: "Get-PSBreakpoint",
	gc: "Get-Content",
	gcb: "Get-Clipboard",
	gci: "Get-ChildItem",
	gcm: "Get-Command",
	gcs: "Get-PSCallStack",
	gdr: "Get-PSDrive",
	ghy: "Get-History",
	gi: "Get-Item",
	gin: "Get-ComputerInfo",
	gjb: "Get-Job",
	gl: "Get-Location",
	gm: "Get-Member",
	gmo: "Get-Module",
	gp: "Get-ItemProperty",
	gpv: "Get-ItemPropertyValue",
	gps: "Get-Process",
	group: "Group-Object",
	gsn: "Get-PSSession",
	gsnp: "Get-PSSnapin",
	gsv: "Get-Service",
	gtz: "Get-TimeZone",
	gu: "Get-Unique",
	gv: "Get-Variable",
	gwmi: "Get-WmiObject",
	h: "Get-History",
	history: "Get-History",
	icm: "Invoke-Command",
	iex: "Invoke-Expression",
	ihy: "Invoke-History",
	ii: "Invoke-Item",
	ipal: "Import-Alias",
	ipcsv: "Import-Csv",
	ipmo: "Import-Module",
	ipsn: "Import-PSSession",
	irm: "Invoke-RestMethod",
	iwmi: "Invoke-WmiMethod",
	iwr: "Invoke-WebRequest",
	kill: "Stop-Process",
	lp: "Out-Printer",
	ls: "Get-ChildItem",
	measure: "Measure-Object",
	mi: "Move-Item",
	mount: "New-PSDrive",
	move: "Move-Item",
	mp: "Move-ItemProperty",
	mv: "Move-Item",
	nal: "New-Alias",
	ndr: "New-PSDrive",
	ni: "New-Item",
	nmo: "New-Module",
	npssc: "New-PSSessionConfigurationFile",
	nsn: "New-PSSession",
	nv: "New-Variable",
	ogv: "Out-GridView",
	oh: "Out-Host",
	popd: "Pop-Location",
	ps: "Get-Process",
	pushd: "Push-Location",
	pwd: "Get-Location",
	r: "Invoke-History",
	rbp: "Remove-PSBreakpoint",
	rcjb: "Receive-Job",
	rcsn: "Receive-PSSession",
	rd: "Remove-Item",
	rdr: "Remove-PSDrive",
	ren: "Rename-Item",
	ri: "Remove-Item",
	rjb: "Remove-Job",
	rm: "Remove-Item",
	rmdir: "Remove-Item",
	rmo: "Remove-Module",
	rni: "Rename-Item",
	rnp: "Rename-ItemProperty",
	rp: "Remove-ItemProperty",
	rsn: "Remove-PSSession",
	rsnp: "Remove-PSSnapin",
	rujb: "Resume-Job",
	rv: "Remove-Variable",
	rvpa: "Resolve-Path",
	rwmi: "Remove-WmiObject",
	sajb: "Start-Job",
	sal: "Set-Alias",
	saps: "Start-Process",
	sasv: "Start-Service",
	sbp: "Set-PSBreakpoint",
	sc: "Set-Content",
	scb: "Set-Clipboard",
	select: "Select-Object",
	set: "Set-Variable",
	shcm: "Show-Command",
	si: "Set-Item",
	sl: "Set-Location",
	sleep: "Start-Sleep",
	sls: "Select-String",
	sort: "Sort-Object",
	sp: "Set-ItemProperty",
	spjb: "Stop-Job",
	spps: "Stop-Process",
	spsv: "Stop-Service",
	start: "Start-Process",
	stz: "Set-TimeZone",
	sujb: "Suspend-Job",
	sv: "Set-Variable",
	swmi: "Set-WmiInstance",
	tee: "Tee-Object",
	trcm: "Trace-Command",
	type: "Get-Content",
	wget: "Invoke-WebRequest",
	where: "Where-Object",
	wjb: "Wait-Job",
	write: "Write-Output",
};

/** A module name before `\`: `Microsoft.PowerShell.Utility\Export-Csv`, but not `.\x.ps1` or `C:\x.ps1`. */
const MODULE_QUALIFIED = /^([A-Za-z_][\w.-]*)\\([^\\/.:]+)$/u;

export interface CommandName {
	/** The cmdlet the name stands for: aliases resolved, module qualifier removed. */
	name: string;
	/** The module written before `\`, if any. */
	module: string | null;
	/** The alias used, as written. */
	alias: string | null;
}

/**
 * Normalizes a command name as written. `canonicalCase` gives the documented
 * spelling of a name it knows (cmdlet names are case-insensitive).
 */
export function normalizeCommandName(written: string, canonicalCase: (name: string) => string | undefined): CommandName {
	const qualified = MODULE_QUALIFIED.exec(written);
	const module = qualified ? qualified[1]! : null;
	const bare = qualified ? qualified[2]! : written;
	// A module-qualified name is never an alias: PowerShell looks it up among the module's commands.
	const target = module === null && Object.hasOwn(BUILT_IN_ALIASES, bare.toLowerCase()) ? BUILT_IN_ALIASES[bare.toLowerCase()] : undefined;
	if (target !== undefined) {
		return { name: target, module, alias: bare };
	}
	return { name: canonicalCase(bare) ?? bare, module, alias: null };
}

/** Lower-case name -> documented spelling, for every cmdlet the alias table names. */
export const ALIASED_CMDLETS: ReadonlyMap<string, string> = new Map(Object.values(BUILT_IN_ALIASES).map((name) => [name.toLowerCase(), name]));
