/** Addresses on the project's GitHub repository: the repository, the correction form for a page, private security reports. */

export const repositoryUrl = (repository: string) => `https://github.com/${repository}`;

/** The page's source file in GitHub's editor (on the default branch, main). */
export const editUrl = (repository: string, filePath: string) => `${repositoryUrl(repository)}/edit/main/${filePath}`;

/** The "Content correction" issue form, filled in with the page's address and title (GitHub fills fields by their id). */
export function correctionUrl(repository: string, pagePath: string, title: string): string {
	const url = new URL(`${repositoryUrl(repository)}/issues/new`);
	url.searchParams.set('template', 'content-correction.yml');
	url.searchParams.set('title', `Correction: ${title}`);
	url.searchParams.set('page', pagePath);
	return url.href;
}

export const securityReportUrl = (repository: string) => `${repositoryUrl(repository)}/security/advisories/new`;
